package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProposalExtractorTest {
    private final ProposalExtractor ex = new ProposalExtractor();

    private Map<String, EntityType> proposed(String title, String text) {
        Findings f = TestDocs.run(TestDocs.doc(title, text), ex);
        return f.proposed().stream().collect(Collectors.toMap(Mention::text, Mention::type, (a, b) -> a));
    }

    @Test
    void typesByHeadNoun() {
        assertEquals(Map.of("NeuroTile", EntityType.HARDWARE),
                proposed(null, "We propose NeuroTile, a reconfigurable accelerator for sparse transformers."));
        assertEquals(Map.of("MedQA-Hard", EntityType.DATASET),
                proposed(null, "To close this gap, we introduce a new benchmark, MedQA-Hard, with 2,000 questions."));
        assertEquals(Map.of("TinyLex", EntityType.MODEL),
                proposed(null, "We release a compact language model, dubbed TinyLex, trained on public data."));
        assertEquals(Map.of("GradSkip", EntityType.METHOD),
                proposed(null, "In this paper, we present GradSkip, which skips redundant gradient updates."));
    }

    @Test
    void passiveAppositiveAndNamingCues() {
        assertEquals(EntityType.METHOD, proposed(null, "A scheduling algorithm called FlowMux is described.").get("FlowMux"));
        assertTrue(proposed(null, "In this work, HyperCore is proposed to speed up inference.").containsKey("HyperCore"));
        assertEquals(EntityType.HARDWARE, proposed(null, "Our evaluation shows that S3Unit, a novel systolic processor, saves energy.").get("S3Unit"));
    }

    @Test
    void unnamedContributionsGiveNothing() {
        assertEquals(Map.of(), proposed(null, "We propose a new method for efficient training. We present a simple framework that works well."));
        assertEquals(Map.of(), proposed(null, "We propose a novel reward model (RM) that scores answers."));
        assertEquals(Map.of(), proposed(null, "Our 13B model outperforms prior work."));
    }

    @Test
    void titleNameUnlessTopicPhrase() {
        assertEquals(Map.of("QuickSeg", EntityType.METHOD),
                proposed("QuickSeg: A Lightweight Framework for Video Segmentation", "Segmentation is slow. We make it fast."));
        assertEquals(EntityType.DATASET,
                proposed("CodeBench-X: A Benchmark for Program Repair", "Repair is hard.").get("CodeBench-X"));
        assertEquals(Map.of(), proposed("Few-shot Continual Learning: a Brain-inspired Approach", "We study continual learning."));
        assertEquals(Map.of(), proposed("Efficient Training of Large Models: A Survey", "We review methods."));
    }

    @Test
    void reusesEarlierMentionTypeOnlyWhenNoHeadNoun() {
        Extractor vocab = new Extractor() {
            public String name() {
                return "vocabulary";
            }

            public void extract(Doc doc, Findings f) {
                int i = doc.text().indexOf("OrcaNet");
                f.addMention(new Mention(EntityType.MODEL, "OrcaNet", TextField.ABSTRACT, i, i + 7, null, "vocabulary", 0.9));
            }
        };
        Findings f = TestDocs.run(TestDocs.doc(null, "We present OrcaNet to detect whales."), vocab, ex);
        assertEquals(List.of(EntityType.MODEL), f.proposed().stream().map(Mention::type).toList());
    }

    @Test
    void describedTechniquesAreNamedByTheirModifiers() {
        assertEquals(Map.of("curriculum-aware token dropping", EntityType.METHOD),
                proposed(null, "We propose a novel curriculum-aware token dropping strategy to cut training cost."));
        // the modifier is not a noun: the head stays part of the name
        assertEquals(Map.of("multiscale method", EntityType.METHOD),
                proposed(null, "Results show that the proposed multiscale method converges faster."));
        assertEquals(Map.of("three-phase distillation", EntityType.METHOD),
                proposed(null, "In addition, a three-phase distillation scheme is proposed to shrink the student."));
        // one plain noun before the head describes, it does not name
        assertEquals(Map.of(), proposed(null, "We propose an evaluation protocol that separates tuning from testing."));
        // the real name follows later in the sentence
        assertEquals(Map.of("SwiftTune", EntityType.METHOD),
                proposed(null, "We introduce a simple yet effective iterative tuning paradigm named SwiftTune."));
    }

    @Test
    void lowerCaseNamesAfterNamingWordsAndLongFormsWithAcronyms() {
        assertTrue(proposed(null, "We also show how a new sampling strategy, dubbed tempered resampling, reduces variance.")
                .containsKey("tempered resampling"));
        assertTrue(proposed(null, "In this paper, we propose spectral weight sharing (SWS), in which layers share bases.")
                .containsKey("spectral weight sharing"));
        assertEquals(EntityType.HARDWARE, proposed(null,
                "This paper proposes a Sparse Tensor Processing Unit (STPU), which streams operands from SRAM.").get("Sparse Tensor Processing Unit"));
        // a lower-case phrase after "called" is a name only when a technique noun precedes the naming word
        assertEquals(Map.of(), proposed(null, "We update only essential parts of the model, called core channels, on each device."));
    }

    @Test
    void namesGivenToEarlierWorkAreNotProposals() {
        assertEquals(Map.of(), proposed(null,
                "Recently, a new paradigm was presented to control forgetting, called Elastic Interval Learning (EIL)."));
    }

    @Test
    void architectureIsHardwareOrModelByContext() {
        assertEquals(EntityType.HARDWARE, proposed(null,
                "We identify an accelerator architecture, named TileFlow, that keeps weights on chip.").get("TileFlow"));
        assertEquals(EntityType.MODEL, proposed(null,
                "We identify a transformer architecture, named Lumen, that trains faster on text.").get("Lumen"));
        assertEquals(EntityType.MODEL, proposed(null,
                "We search for an architecture, named Vesper, that lowers the training cost of language models.").get("Vesper"));
        assertEquals(EntityType.HARDWARE, proposed(null,
                "We design an architecture, named Quill, that cuts DRAM traffic of the FPGA design.").get("Quill"));
    }

    @Test
    void typeFromADescriptionElsewhereInTheAbstract() {
        assertEquals(EntityType.MODEL, proposed("VisionSage: Reasoning over Charts",
                "Charts are hard. Training yields VisionSage, a LVLM with strong chart reasoning.").get("VisionSage"));
        // "-BERT" names are not models by their spelling alone
        assertEquals(EntityType.METHOD, proposed(null, "In this paper, we propose small2BERT, which grows a small model.").get("small2BERT"));
    }

    @Test
    void titleNamesThatAreShortTitleCasePhrases() {
        assertTrue(proposed("Ask Before You Act: Clarifying Questions for Household Robots", "Robots act.").containsKey("Ask Before You Act"));
        assertEquals(Map.of(), proposed("Efficient Inference: Trends and Open Problems", "We review inference."));
    }

    @Test
    void descriptionsAfterARelativeCopulaAGroupNounOrCoordinatedModifiers() {
        assertEquals(EntityType.MODEL, proposed(null,
                "We introduce ChemGLM (Chemistry General Language Model), which is a domain-specific language model.").get("ChemGLM"));
        assertEquals(EntityType.MODEL, proposed(null, "We present EraLMs, a family of language models trained by decade.").get("EraLMs"));
        assertEquals(EntityType.MODEL, proposed(null, "We present SlimFormer, a compact and fast BERT model for phones.").get("SlimFormer"));
        assertEquals(EntityType.DATASET, proposed(null, "We release MathPile, a collection of datasets for reasoning.").get("MathPile"));
    }

    @Test
    void anUndescribedNameTakesTheTypeOfTheClassItIsComparedWith() {
        assertEquals(EntityType.MODEL, proposed(null,
                "We introduce the ZubMath which solves word problems. ZubMath scores higher than other open models.").get("ZubMath"));
        // a single device compared with is no class of the name
        assertEquals(EntityType.METHOD, proposed(null,
                "We present ZubSched, which reorders kernels. ZubSched runs 2x faster than a single FPGA.").get("ZubSched"));
    }

    @Test
    void evaluativeWordsBeforeAGenericHeadNameNothing() {
        assertEquals(Map.of(), proposed(null, "We propose a general-purpose framework for tables. Our best method trains twice."));
    }

    @Test
    void aNamedRetrieverIsAModel() {
        assertEquals(EntityType.MODEL, proposed(null, "We introduce a new passage retriever, ZubRet, to complement search.").get("ZubRet"));
    }

    @Test
    void namesGivenWithWeCall() {
        assertTrue(proposed(null, "We define a sampler over the latent space, which we call the ZubSampler, and train it.").containsKey("ZubSampler"));
    }
}
