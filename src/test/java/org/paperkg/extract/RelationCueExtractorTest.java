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
    void noCueNoRelation() {
        Doc d = TestDocs.doc(null, "ImageNet is large. Many researchers like GPUs.");
        Findings f = TestDocs.run(d, vocab("ImageNet", EntityType.DATASET, "GPUs", EntityType.HARDWARE), new RelationCueExtractor());
        assertEquals(Set.of(), rels(f));
    }
}
