package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelationCueExtractorTest {
    /** A stand-in for the vocabulary extractor: tags fixed names with types. */
    private static Extractor vocab(Object... nameTypePairs) {
        return new Extractor() {
            public String name() {
                return "vocabulary";
            }

            public void extract(Doc d, Findings f) {
                for (TextField field : TextField.values()) {
                    String t = d.textOf(field);
                    for (int k = 0; k < nameTypePairs.length; k += 2) {
                        String n = (String) nameTypePairs[k];
                        int i = t.indexOf(n);
                        while (i >= 0) {
                            f.addMention(new Mention((EntityType) nameTypePairs[k + 1], n, field, i, i + n.length(), null, "vocabulary", 1));
                            i = t.indexOf(n, i + 1);
                        }
                    }
                }
            }
        };
    }

    private static Set<String> rels(Findings f) {
        return f.relations().stream().map(r -> r.relation().localName() + " " + r.object().name()).collect(Collectors.toSet());
    }

    @Test
    void cuesRelateThePaperToEarlierMentions() {
        Doc d = TestDocs.doc("Fast Keyword Spotting for Microcontrollers",
                "We propose WakeNet, a tiny network. It is implemented on a Cortex-M4 board and evaluated on Speech Commands. "
                        + "It uses 3x less memory than MobileNet. We fine-tune BERT for keyword spotting.");
        Findings f = TestDocs.run(d, vocab("Cortex-M4", EntityType.HARDWARE, "Speech Commands", EntityType.DATASET,
                "MobileNet", EntityType.MODEL, "BERT", EntityType.MODEL, "Keyword Spotting", EntityType.TASK),
                new ProposalExtractor(), new RelationCueExtractor());
        Set<String> r = rels(f);
        assertTrue(r.contains("targets Cortex-M4"), r.toString());
        assertTrue(r.contains("evaluatedOn Speech Commands"), r.toString());
        assertTrue(r.contains("comparedWith MobileNet"), r.toString());
        assertTrue(r.contains("usesModel BERT"), r.toString());
        assertTrue(r.contains("addresses Keyword Spotting"), r.toString());
    }

    @Test
    void proposedArtifactsAreNeverCompared() {
        Doc d = TestDocs.doc(null, "We introduce FlashTile. Compared to FlashTile, the baseline is slow.");
        Findings f = TestDocs.run(d, new ProposalExtractor(), new RelationCueExtractor());
        assertEquals(Set.of(), rels(f));
    }

    @Test
    void uncuedMentionsGetTheirTypesUsualRelationWithLowConfidence() {
        Doc d = TestDocs.doc(null, "Our detector reaches high recall on street scenes. We report results with YOLOv5 and Jetson Nano.");
        Findings f = TestDocs.run(d, vocab("YOLOv5", EntityType.MODEL, "Jetson Nano", EntityType.HARDWARE), new RelationCueExtractor());
        assertEquals(Set.of("usesModel YOLOv5", "targets Jetson Nano"), rels(f));
        for (RelationFinding r : f.relations()) assertTrue(r.confidence() < 0.6, r.toString());
    }

    @Test
    void examplesOfAClassInBackgroundHaveNoRelation() {
        Doc d = TestDocs.doc(null, "Knowledge graphs such as DBLP and Wikidata are widely queried. Many researchers like GPUs.");
        Findings f = TestDocs.run(d, vocab("DBLP", EntityType.DATASET, "Wikidata", EntityType.DATASET, "GPUs", EntityType.HARDWARE),
                new RelationCueExtractor());
        assertEquals(Set.of(), rels(f));
    }

    @Test
    void examplesInASentenceAboutTheWorkAreRelated() {
        Doc d = TestDocs.doc(null, "We evaluate on graph benchmarks such as DBLP, Wikidata and YAGO.");
        Findings f = TestDocs.run(d, vocab("DBLP", EntityType.DATASET, "Wikidata", EntityType.DATASET, "YAGO", EntityType.DATASET),
                new RelationCueExtractor());
        assertEquals(Set.of("evaluatedOn DBLP", "evaluatedOn Wikidata", "evaluatedOn YAGO"), rels(f));
    }

    @Test
    void aComparisonBaselineIsComparedWithOnlyNotTargeted() {
        Doc d = TestDocs.doc(null, "The accelerator running on a Kintex-7 FPGA is 4.1x faster than a Tesla V100 GPU. "
                + "In large batches it is on a par with a Tesla V100 GPU.");
        Findings f = TestDocs.run(d, vocab("Kintex-7 FPGA", EntityType.HARDWARE, "Tesla V100 GPU", EntityType.HARDWARE),
                new RelationCueExtractor());
        assertEquals(Set.of("targets Kintex-7 FPGA", "comparedWith Tesla V100 GPU"), rels(f));
    }

    @Test
    void listItemsShareTheRelationOfTheFirst() {
        Doc d = TestDocs.doc(null, "Experiments on CIFAR-10, SVHN and Tiny-ImageNet show gains over ResNet-18 and VGG-16.");
        Findings f = TestDocs.run(d, vocab("CIFAR-10", EntityType.DATASET, "SVHN", EntityType.DATASET, "Tiny-ImageNet", EntityType.DATASET,
                "ResNet-18", EntityType.MODEL, "VGG-16", EntityType.MODEL), new RelationCueExtractor());
        Set<String> r = rels(f);
        assertTrue(r.containsAll(Set.of("evaluatedOn CIFAR-10", "evaluatedOn SVHN", "evaluatedOn Tiny-ImageNet",
                "comparedWith ResNet-18", "comparedWith VGG-16")), r.toString());
        for (RelationFinding x : f.relations()) if (x.object().text().equals("SVHN")) assertTrue(x.confidence() >= 0.6, x.toString());
    }
}
