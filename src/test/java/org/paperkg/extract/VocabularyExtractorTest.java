package org.paperkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.corpus.PaperRecord;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyExtractorTest {
    static VocabularyExtractor ex;

    @BeforeAll
    static void load() {
        ex = new VocabularyExtractor();
    }

    static List<Mention> run(String title, String text) {
        PaperRecord r = new PaperRecord("t-01", "t.txt", 1, title, text, null, null, null, null, null, null);
        Doc doc = new Doc(r, title, text);
        Findings f = new Findings();
        ex.extract(doc, f);
        for (Mention m : f.mentions()) {
            assertEquals(m.text(), doc.textOf(m.field()).substring(m.start(), m.end()), "offsets of " + m);
            assertEquals("vocabulary", m.extractor());
        }
        return f.mentions();
    }

    static String names(List<Mention> ms, EntityType t) {
        return ms.stream().filter(m -> m.type() == t).map(Mention::name).collect(Collectors.joining("|"));
    }

    @Test
    void hardwareSentence() {
        List<Mention> ms = run(null, "Our design is 8.3x faster than a Titan X GPU on a Virtex-7 FPGA.");
        assertEquals("Titan X|GPU|Virtex-7|FPGA", names(ms, EntityType.HARDWARE));
    }

    @Test
    void modelsAndDataset() {
        List<Mention> ms = run(null, "We evaluate ResNet-50 and MobileNet on ImageNet.");
        assertEquals("ResNet-50|MobileNet", names(ms, EntityType.MODEL));
        assertEquals("ImageNet", names(ms, EntityType.DATASET));
    }

    @Test
    void writtenVariants() {
        List<Mention> ms = run(null, "ResNet50, resnet 50 and MobileNetV2 and MobileNet v2 with pretraining.");
        assertEquals("ResNet-50|ResNet-50|MobileNetV2|MobileNetV2", names(ms, EntityType.MODEL));
        assertTrue(names(ms, EntityType.METHOD).contains("pre-training"));
    }

    @Test
    void caseRules() {
        List<Mention> ms = run(null, "The MAC units are simple; a mac address is not hardware.");
        assertEquals("MAC units", names(ms, EntityType.HARDWARE));
        assertTrue(run(null, "the gpu").stream().noneMatch(m -> m.name().equals("GPU")));
    }

    @Test
    void boundariesAndPlurals() {
        List<Mention> ms = run(null, "GPUs and FPGAs on edge devices; Bertha is not BERT.");
        assertEquals("GPU|FPGA|edge devices", names(ms, EntityType.HARDWARE));
        assertEquals("GPUs", ms.get(0).text());
        assertEquals(1, ms.stream().filter(m -> m.name().equals("BERT")).count());
        assertTrue(run(null, "Pseudo-GPUx").stream().noneMatch(m -> m.name().equals("GPU")));
    }

    @Test
    void longestMatchWithoutOverlap() {
        List<Mention> ms = run(null, "An Intel Arria 10 GX FPGA and a 14nm FinFET chip.");
        assertEquals("Arria 10 GX|FPGA|14nm FinFET", names(ms, EntityType.HARDWARE));
        for (int i = 1; i < ms.size(); i++) assertFalse(ms.get(i - 1).overlaps(ms.get(i)));
    }

    @Test
    void titleAndAbstract() {
        List<Mention> ms = run("Knowledge Distillation for LLMs", "We apply KD to large language models.");
        assertTrue(ms.stream().anyMatch(m -> m.field() == TextField.TITLE && m.name().equals("knowledge distillation")));
        assertTrue(ms.stream().anyMatch(m -> m.field() == TextField.ABSTRACT && m.text().equals("KD")));
        assertEquals("large language models|large language models", names(ms, EntityType.MODEL_CLASS));
    }

    @Test
    void bareTechniqueWordsAndTaskAreasOfTheField() {
        // name() is the canonical name: "MLM" is an alias of masked language modeling
        List<Mention> ms = run(null, "Continual learners rely on regularization, replay or parameter isolation. "
                + "We study post-training with re-ranking and masked language modeling (MLM) for software testing.");
        assertEquals("regularization|replay|parameter isolation|post-training|re-ranking|masked language modeling|masked language modeling",
                names(ms, EntityType.METHOD));
        assertEquals("software testing", names(ms, EntityType.TASK));
    }

    /** The loops that build the keys rewrite exactly what the regexes they replaced did. */
    @Test
    void keyRewritesEqualTheirRegexes() {
        List<String> inputs = new java.util.ArrayList<>();
        for (org.paperkg.vocab.VocabEntry e : ex.vocabulary().entries()) {
            for (String l : e.labels()) {
                inputs.add(l);
                inputs.addAll(VocabularyExtractor.keys(l));
            }
        }
        java.util.Random r = new java.util.Random(11);
        String alphabet = "aAbvV9 -\u00e9\u00c9\u03bb-v ";
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = r.nextInt(12); j > 0; j--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            if (r.nextInt(10) == 0) b.append("\ud835\udc1a-\ud835\udc1b"); // hyphens by supplementary lower-case letters
            if (r.nextInt(10) == 0) b.append("x-\ud835\udc1b-y");
            inputs.add(b.toString());
        }
        for (String s : inputs) {
            assertEquals(s.replaceAll("(?<=\\p{Ll})-(?=\\p{Ll})", ""), VocabularyExtractor.solid(s), s);
            assertEquals(s.replaceAll("(?<=[a-z])v (?=\\d)", " v "), VocabularyExtractor.versionApart(s), s);
            assertEquals(s.replaceAll("(?<=[a-z]) v (?=\\d)", "v "), VocabularyExtractor.versionJoined(s), s);
        }
    }
}
