package org.paperkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContextNameExtractorTest {
    static VocabularyExtractor vocab;
    static ContextNameExtractor context;

    @BeforeAll
    static void load() {
        vocab = new VocabularyExtractor();
        context = new ContextNameExtractor();
    }

    /** Every mention after both extractors, as "Type:name", offsets checked against the text. */
    static List<String> found(String text) {
        Doc doc = TestDocs.doc(null, text);
        Findings f = TestDocs.run(doc, vocab, context);
        for (Mention m : f.mentions()) {
            assertEquals(m.text(), doc.textOf(m.field()).substring(m.start(), m.end()), "offsets of " + m);
            if (m.extractor().equals(ContextNameExtractor.NAME)) assertTrue(m.confidence() < 0.75);
        }
        return f.mentions().stream().map(m -> m.type().localName() + ":" + m.name()).collect(Collectors.toList());
    }

    @Test
    void techniqueCompoundReplacesItsBareHead() {
        List<String> ms = found("We apply gradual weight-level pruning to the network.");
        assertTrue(ms.contains("Method:gradual weight-level pruning"), ms.toString());
        assertFalse(ms.contains("Method:pruning"), ms.toString());
    }

    @Test
    void taskCompound() {
        List<String> ms = found("We study tissue boundary segmentation in slides.");
        assertTrue(ms.contains("Task:tissue boundary segmentation"), ms.toString());
    }

    @Test
    void verbsAndGenericWordsAreNotModifiers() {
        List<String> ms = found("These results show that we accelerate training and the proposed pruning is efficient.");
        assertFalse(ms.stream().anyMatch(s -> s.contains("accelerate") || s.contains("proposed")), ms.toString());
    }

    @Test
    void aWordTaggedEitherWayIsReadInItsSentence() {
        // the lexicon knows "design" both as a noun and a verb, so the tagger reads the sentence: here a verb
        List<String> ms = found("We design regularization for sparse networks.");
        assertFalse(ms.stream().anyMatch(s -> s.contains("design regularization")), ms.toString());
        // "the", "we" and "propose" are settled by the lexicon alone; the compound is still found
        ms = found("We propose the tissue boundary segmentation of slides.");
        assertTrue(ms.contains("Task:tissue boundary segmentation"), ms.toString());
    }

    @Test
    void headFollowedByNounIsNotAHead() {
        List<String> ms = found("We reduce the stagewise training cost and collect lidar detection data.");
        assertFalse(ms.stream().anyMatch(s -> s.endsWith("stagewise training") || s.endsWith("lidar detection")), ms.toString());
    }

    @Test
    void knownCompoundIsKept() {
        // "magnitude pruning" is in the vocabulary; a sentence-initial word does not extend it
        List<String> ms = found("Despite magnitude pruning, accuracy stays high.");
        assertTrue(ms.contains("Method:magnitude pruning"), ms.toString());
    }

    @Test
    void namesBeforeTypingNouns() {
        List<String> ms = found("We evaluate on the ZebraQA-2 benchmark and deploy on a Xilinx ZCU777 board.");
        assertTrue(ms.contains("Dataset:ZebraQA-2"), ms.toString());
        assertTrue(ms.contains("Hardware:Xilinx ZCU777"), ms.toString());
    }

    @Test
    void adjectivesAndUnitsAreNotNames() {
        List<String> ms = found("Unlike API-based models, it fits a 24 GB GPU.");
        assertFalse(ms.stream().anyMatch(s -> s.contains("API-based") || s.equals("Hardware:GB")), ms.toString());
    }

    @Test
    void listAfterAClass() {
        List<String> ms = found("We compare with models such as FooNet, BarGPT-7 and QuxLM.");
        assertTrue(ms.containsAll(List.of("Model:FooNet", "Model:BarGPT-7", "Model:QuxLM")), ms.toString());
    }

    @Test
    void aVerbAfterTheHeadEndsTheCompound() {
        List<String> ms = found("We show that tiled block regularization implemented in attention works, and tiered regularization weights do not.");
        assertTrue(ms.contains("Method:tiled block regularization"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.contains("tiered regularization")), "a noun after the head is not ended: " + ms);
    }

    @Test
    void aCapitalLetterWithADigitIsAVariantModifier() {
        List<String> ms = found("We compare L1 weight regularization with dropout.");
        assertTrue(ms.contains("Method:L1 weight regularization"), ms.toString());
    }

    @Test
    void genericAdjectivesDoNotStartACompound() {
        List<String> ms = found("Compared to related pruning methods and the chosen refinement, ours is faster.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("related") || m.contains("chosen")), ms.toString());
    }

    @Test
    void titleCaseTitlesKeepTheirCapitalisedModifiers() {
        Doc doc = TestDocs.doc("Faster Networks with Spectral Norm Regularization and Chord Transcription", "We study it.");
        Findings f = TestDocs.run(doc, vocab, context);
        List<String> ms = f.mentions().stream().filter(m -> m.field() == TextField.TITLE)
                .map(m -> m.type().localName() + ":" + m.text()).toList();
        assertTrue(ms.contains("Method:Spectral Norm Regularization"), ms.toString());
        assertTrue(ms.contains("Task:Chord Transcription"), ms.toString());
        // in running text a capitalised word mid-sentence is not taken as a modifier
        assertFalse(found("Our Spectral regularization helps.").contains("Method:Spectral regularization"));
    }

    @Test
    void lowerCaseModifiersNarrowAKnownCompound() {
        List<String> ms = found("We combine layer-wise batch normalization with the encoder.");
        assertTrue(ms.contains("Method:layer-wise batch normalization"), ms.toString());
        assertFalse(ms.contains("Method:batch normalization"), ms.toString());
    }

    @Test
    void aGenericClassNounAfterTheHeadEndsTheName() {
        List<String> ms = found("We adopt a progressive token sampling scheme and a staged distillation regime.");
        assertTrue(ms.contains("Method:progressive token sampling"), ms.toString());
        assertTrue(ms.contains("Method:staged distillation"), ms.toString());
    }

    @Test
    void evaluativeAdjectivesAndCountsAreNotModifiers() {
        List<String> ms = found("Agents fail at robust table parsing after two core tuning stages.");
        assertTrue(ms.contains("Task:table parsing"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.contains("robust") || m.contains("two")), ms.toString());
    }

    @Test
    void newHeadsTypeTheirCompounds() {
        List<String> ms = found("We use operator learning with sparse tensor convolution for wind load prediction.");
        assertTrue(ms.contains("Method:operator learning"), ms.toString());
        assertTrue(ms.contains("Method:sparse tensor convolution"), ms.toString());
        assertTrue(ms.contains("Task:wind load prediction"), ms.toString());
    }

    @Test
    void genericPhrasesAndStudyWordsAreNoCompounds() {
        List<String> ms = found("Modern deep learning needs a detailed analysis and memory-efficient lattice tuning.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("deep learning") || m.contains("detailed")
                || m.contains("memory-efficient")), ms.toString());
        assertTrue(ms.contains("Method:lattice tuning"), ms.toString());
    }

    @Test
    void listsStepOverKnownNamesAndCitations() {
        List<String> ms = found("We compare with techniques such as Low-Rank Adaptation (LoRA), Zorblat (Kim et al., 2024) and Quoxify.");
        assertTrue(ms.contains("Method:Zorblat"), ms.toString());
        assertTrue(ms.contains("Method:Quoxify"), ms.toString());
    }

    @Test
    void aCoordinatedModifierSharesTheHead() {
        List<String> ms = found("We test on chart and table parsing, and on KL penalty and lattice decoding.");
        assertTrue(ms.contains("Task:chart parsing"), ms.toString());
        assertTrue(ms.contains("Task:table parsing"), ms.toString());
        assertFalse(ms.contains("Method:penalty decoding"), ms.toString());
    }

    @Test
    void possessivesAreNotModifiersAndPenaltiesAreTechniques() {
        List<String> ms = found("We change the encoder's initialization and add an entropy penalty.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("'s")), ms.toString());
        assertTrue(ms.contains("Method:entropy penalty"), ms.toString());
    }

    @Test
    void prefixedHeadsAndMistaggedAdjectives() {
        List<String> ms = found("We use iterative self-glorbing and adaptive self-refinement to train.");
        assertTrue(ms.contains("Method:adaptive self-refinement"), ms.toString());
    }

    @Test
    void aDatasetBeforeATaskHeadMakesNoTask() {
        List<String> ms = found("Results on ImageNet classification improve.");
        assertFalse(ms.stream().anyMatch(m -> m.startsWith("Task:ImageNet")), ms.toString());
    }

    @Test
    void aNameCoordinatedWithAKnownNameTakesItsType() {
        List<String> ms = found("We report accuracy on ImageNet, ZorbSet-3 and CIFAR-10, and compare LoRA and QuuxTune.");
        assertTrue(ms.contains("Dataset:ZorbSet-3"), ms.toString());
        assertTrue(ms.contains("Method:QuuxTune"), ms.toString());
        // a compound found in the same pass is a mate too, and slashes join names
        ms = found("We compare gradual magnitude pruning (GMP) and ZapPrune; it runs on CPU/GPU/ZPU-9 targets.");
        assertTrue(ms.contains("Method:ZapPrune"), ms.toString());
        assertTrue(ms.contains("Hardware:ZPU-9"), ms.toString());
        // a lone comma is no list, and a name going on into a longer name is not one item
        ms = found("Trained on ImageNet, ZorbNet reaches high accuracy; we use ImageNet and Zorb DataKit tools.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("Zorb")), ms.toString());
        // a comma before "and" joins two clauses when there are only two items
        ms = found("It beats LoRA, and ZorbTune holds promise.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("Zorb")), ms.toString());
    }

    @Test
    void aProcessAdjectiveBeforeAGenericHeadMakesNoTechnique() {
        List<String> ms = found("Clients run periodic training locally, while the server uses shape-aware periodic training.");
        assertFalse(ms.contains("Method:periodic training"), ms.toString());
        assertTrue(ms.contains("Method:shape-aware periodic training"), ms.toString());
    }

    @Test
    void verbsReadAsNounsAndEvaluativeAdjectivesAreNotModifiers() {
        List<String> ms = found("This work studies gradual weight-level pruning, and noise hampers learning; it gives valuable supervision.");
        assertTrue(ms.contains("Method:gradual weight-level pruning"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.contains("studies") || m.contains("hampers") || m.contains("valuable")), ms.toString());
        ms = found("We test widely-used glacier segmentation on downstream moraine classification.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("widely-used") || m.contains("downstream")), ms.toString());
    }

    @Test
    void inATitleCaseTitleACapitalisedWordAfterTheHeadContinuesThePhrase() {
        Doc doc = TestDocs.doc("Scalable Decoding Graphs for Faster Speech Transcription", "We study it.");
        Findings f = TestDocs.run(doc, vocab, context);
        List<String> ms = f.mentions().stream().filter(m -> m.field() == TextField.TITLE)
                .map(m -> m.type().localName() + ":" + m.text()).toList();
        assertFalse(ms.stream().anyMatch(m -> m.endsWith("Decoding")), ms.toString());
        assertTrue(ms.contains("Task:Speech Transcription"), ms.toString());
    }

    @Test
    void aBareHeadThatStartsACompoundIsItsModifier() {
        List<String> ms = found("We study post-training quantization of detectors.");
        assertTrue(ms.contains("Method:post-training quantization"), ms.toString());
        assertFalse(ms.contains("Method:post-training"), ms.toString());
    }

    @Test
    void theMeansDoesNotNameATaskButMayNameATechnique() {
        List<String> ms = found("We study tree-based glacier segmentation and use sketch-based glorp pruning.");
        assertTrue(ms.contains("Task:glacier segmentation"), ms.toString());
        assertTrue(ms.contains("Method:sketch-based glorp pruning"), ms.toString());
    }

    @Test
    void aHeadWordMayModifyALaterHead() {
        List<String> ms = found("We adopt a staged glorp compression scheduling for the cluster.");
        assertTrue(ms.contains("Method:staged glorp compression scheduling"), ms.toString());
    }

    @Test
    void anArchitectureNameIsHardwareInAHardwareAbstract() {
        assertTrue(found("We map layers onto the ZorbCore architecture of our FPGA design.").contains("Hardware:ZorbCore"));
        assertTrue(found("We train the ZorbFormer architecture on text.").contains("Model:ZorbFormer"));
    }

    @Test
    void taskHeadsOfTheField() {
        List<String> ms = found("We study session-based news recommendation, seismic image denoising and speaker diarization.");
        assertTrue(ms.contains("Task:session-based news recommendation") || ms.contains("Task:news recommendation"), ms.toString());
        assertTrue(ms.contains("Task:seismic image denoising"), ms.toString());
        assertTrue(ms.contains("Task:speaker diarization"), ms.toString());
        assertFalse(found("It gives successful word spotting.").contains("Task:successful word spotting"));
    }

    @Test
    void techniqueHeadsOfTheField() {
        List<String> ms = found("We combine blockwise activation checkpointing, radix prefix caching and mirror descent.");
        assertTrue(ms.contains("Method:blockwise activation checkpointing"), ms.toString());
        assertTrue(ms.contains("Method:radix prefix caching"), ms.toString());
        assertTrue(ms.contains("Method:mirror descent"), ms.toString());
    }
}
