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
}
