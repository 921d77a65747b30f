package org.paperkg.vocab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SciREX/SciERC name counting and the filter that keeps only name-like annotations, on small hand-written fixtures. */
class AnnotatedNamesTest {

    /** One SciREX document: words plus [start, end) spans. */
    private static String scirexDoc(String text, int[][] spans, String[] types) {
        StringBuilder words = new StringBuilder();
        for (String w : text.split(" ")) words.append(words.length() == 0 ? "" : ",").append('"').append(w).append('"');
        StringBuilder ner = new StringBuilder();
        for (int i = 0; i < spans.length; i++) {
            ner.append(i == 0 ? "" : ",").append('[').append(spans[i][0]).append(',').append(spans[i][1])
                    .append(",\"").append(types[i]).append("\"]");
        }
        return "{\"doc_id\":\"d\",\"words\":[" + words + "],\"ner\":[" + ner + "]}\n";
    }

    static Path scirex(Path dir) throws IOException {
        String text = "Full - Resolution Residual Networks for semantic segmentation with beam search and CNNs";
        int[][] spans = {{0, 5}, {6, 8}, {9, 11}, {12, 13}};
        String[] types = {"Method", "Task", "Method", "Method"};
        String text2 = "Beam Search improves Semantic Segmentation ; a CNN and beam search";
        int[][] spans2 = {{0, 2}, {3, 5}, {7, 8}, {9, 11}};
        String[] types2 = {"Method", "Method", "Method", "Task"};
        Path p = dir.resolve("scirex.jsonl");
        Files.writeString(p, scirexDoc(text, spans, types) + scirexDoc(text2, spans2, types2)
                + scirexDoc(text, spans, types));
        return p;
    }

    @Test
    void scirexSpansAreDetokenisedCountedByDocumentAndTypedByMajority(@TempDir Path tmp) throws IOException {
        List<AnnotatedNames.Name> names = AnnotatedNames.scirex(scirex(tmp)).frequent(2);
        Map<String, AnnotatedNames.Name> byForm = new java.util.TreeMap<>();
        for (AnnotatedNames.Name n : names) byForm.put(n.form(), n);
        // "semantic segmentation": Task in two documents, Method in one -> Task; lower-case form preferred
        assertEquals(EntityType.TASK, byForm.get("semantic segmentation").type());
        assertEquals(2, byForm.get("semantic segmentation").docs());
        // "beam search": Method in 3 documents (one also says Task) -> Method
        assertEquals(EntityType.METHOD, byForm.get("beam search").type());
        // "CNNs" (two documents) and "CNN" (one) are one name
        assertEquals(3, byForm.get("CNN").docs());
        assertTrue(!byForm.containsKey("CNNs"));
        assertEquals(2, byForm.get("Full-Resolution Residual Networks").docs());
        // with a threshold of three documents only the names of all three remain
        assertEquals(List.of("CNN", "beam search"),
                AnnotatedNames.scirex(scirex(tmp)).frequent(3).stream().map(AnnotatedNames.Name::form).toList());
    }

    @Test
    void sciercSpansAreInclusiveAndDocumentLevel(@TempDir Path tmp) throws IOException {
        String doc = "{\"doc_key\":\"X\",\"sentences\":[[\"We\",\"use\",\"RANSAC\",\".\"],[\"word\",\"alignment\","
                + "\"-LRB-\",\"WA\",\"-RRB-\",\"helps\"]],\"ner\":[[[2,2,\"Method\"]],[[4,5,\"Task\"],[4,8,\"Task\"]]]}\n";
        Path p = tmp.resolve("train.json");
        Files.writeString(p, doc + doc.replace("\"X\"", "\"Y\""));
        List<AnnotatedNames.Name> names = AnnotatedNames.scierc(p).frequent(2);
        assertEquals(List.of(new AnnotatedNames.Name(EntityType.METHOD, "RANSAC", 2),
                new AnnotatedNames.Name(EntityType.TASK, "word alignment", 2),
                new AnnotatedNames.Name(EntityType.TASK, "word alignment (WA)", 2)), names);
    }

    @Test
    void detokenisationJoinsHyphensSlashesAndBrackets() {
        assertEquals("Full-Resolution", AnnotatedNames.detokenize(List.of("Full", "-", "Resolution")));
        assertEquals("encoder/decoder (ED)", AnnotatedNames.detokenize(List.of("encoder", "/", "decoder", "-LRB-", "ED", "-RRB-")));
    }

    @Test
    void filterKeepsNamesAndDropsDescriptions() {
        Set<String> known = Set.of("cnn", "imagenet", "gpu");
        AnnotatedNameFilter f = AnnotatedNameFilter.loadDefault(Map.of("tanh", 12, "training", 5000, "dropout", 900),
                w -> known.contains(Keys.norm(w)));
        assertEquals(EntityType.METHOD, f.type(m("beam search")));
        assertEquals(EntityType.METHOD, f.type(m("AdaBoost")));
        assertEquals(EntityType.METHOD, f.type(m("tanh")));
        // generic heads and modifiers: descriptions, not names
        assertNull(f.type(m("deep networks")));
        assertNull(f.type(m("training process")));
        assertNull(f.type(m("computer vision tasks")));
        assertNull(f.type(m("our approach")));
        assertNull(f.type(m("efficient search")));
        // one-word names: too short, or never written so in abstracts (tokenisation debris)
        assertNull(f.type(m("BN")));
        assertNull(f.type(m("RoI")));
        assertNull(f.type(m("subsubsection")));
        // compounds of a known name with a description, one-letter words, coordinations, odd characters
        assertNull(f.type(m("deep CNN")));
        assertNull(f.type(m("ImageNet classification")));
        assertNull(f.type(m("NVIDIA Titan X GPU")));
        assertNull(f.type(m("L 2 regularization")));
        assertNull(f.type(m("classification and regression")));
        assertNull(f.type(m("loss (L)")));
        assertNull(f.type(m("a b c d e")));
        // the head word types the phrase where the guidelines say so (entity-heads.tsv)
        assertEquals(EntityType.METHOD, f.type(new AnnotatedNames.Name(EntityType.TASK, "data augmentation", 5)));
        assertEquals(EntityType.TASK, f.type(new AnnotatedNames.Name(EntityType.METHOD, "speech recognition", 5)));
    }

    private static AnnotatedNames.Name m(String form) {
        return new AnnotatedNames.Name(EntityType.METHOD, form, 3);
    }
}
