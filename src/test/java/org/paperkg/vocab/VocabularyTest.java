package org.paperkg.vocab;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    static Vocabulary vocab;

    @BeforeAll
    static void load() {
        vocab = Vocabulary.loadDefault();
    }

    @Test
    void defaultVocabularyIsLargeAndWellFormed() {
        assertTrue(vocab.size() >= 5000, "size " + vocab.size());
        Map<EntityType, Integer> perType = new EnumMap<>(EntityType.class);
        Map<String, Integer> perSource = new TreeMap<>();
        for (VocabEntry e : vocab.entries()) {
            perType.merge(e.type(), 1, Integer::sum);
            perSource.merge(e.source(), 1, Integer::sum);
            assertFalse(e.prefLabel().isBlank(), e.id());
            assertTrue(e.id().startsWith(Vocabulary.VOCAB + e.type().slug() + "/"), e.id());
            for (String b : e.broader()) assertTrue(vocab.byId(b).isPresent(), e.id() + " broader " + b);
        }
        System.out.println("vocabulary size " + vocab.size() + " by type " + perType + " by source " + perSource);
        for (EntityType t : EntityType.values()) assertTrue(perType.getOrDefault(t, 0) >= 50, t + ": " + perType);
    }

    @Test
    void lookups() {
        assertEquals("ResNet-50", vocab.lookup(EntityType.MODEL, "resnet50").orElseThrow().prefLabel());
        assertEquals("knowledge distillation", vocab.lookup(EntityType.METHOD, "KD").orElseThrow().prefLabel());
        VocabEntry titan = vocab.lookup(EntityType.HARDWARE, "Titan X").orElseThrow();
        assertTrue(titan.broader().contains(Vocabulary.VOCAB + "hardware/gpu"));
        VocabEntry virtex = vocab.lookup(EntityType.HARDWARE, "Virtex 7").orElseThrow();
        assertTrue(virtex.broader().contains(Vocabulary.VOCAB + "hardware/fpga"), virtex.toString());
        assertTrue(vocab.lookup(EntityType.HARDWARE, "A100").isPresent());
        assertTrue(vocab.lookup(EntityType.DATASET, "CIFAR-10").isPresent());
        assertTrue(vocab.byId(Vocabulary.VOCAB + "hardware/gpu").isPresent());
        assertTrue(vocab.stopped("IT"));
    }

    @Test
    void parsesFlags() {
        String ttl = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix kg: <https://w3id.org/paperkg/ontology#> .
                <https://w3id.org/paperkg/vocab/method/adam> a skos:Concept, kg:Method ;
                    skos:prefLabel "Adam" ; skos:altLabel "Adam optimizer" ; kg:matchCase "Adam" .
                <https://w3id.org/paperkg/vocab/method/group-x> a skos:Concept, kg:Method ;
                    skos:prefLabel "X group" ; kg:matchMode "none" ; kg:matchCase true .
                """;
        List<VocabEntry> es = Vocabulary.parse(new java.io.ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), "t");
        assertEquals(2, es.size());
        assertTrue(es.get(0).caseFlagged("Adam"));
        assertFalse(es.get(0).caseFlagged("Adam optimizer"));
        assertTrue(es.get(1).hasFlag(VocabEntry.NO_MATCH));
        assertTrue(es.get(1).hasFlag(VocabEntry.MATCH_CASE));
    }

    /** A tiny corpora fixture: every source format once, so the generator is tested without /work/shared. */
    static Path fixture(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("hardware-gazetteer"));
        Files.writeString(dir.resolve("hardware-gazetteer/epoch_ml_hardware.csv"),
                "Hardware name,Manufacturer,Type,Notes\nNVIDIA A100 SXM4 40 GB,NVIDIA,GPU,\"a, \"\"quoted\"\"\nnote\"\n"
                        + "Google TPU v4,Google,TPU,\nNVIDIA A100 PCIe,NVIDIA,GPU,\n");
        Files.writeString(dir.resolve("hardware-gazetteer/gpu_info_api_wikipedia_gpus.json"),
                "{\"a\":{\"Model name\":\"GeForce GTX Titan X\",\"Vendor\":\"NVIDIA\"},\"b\":{\"Model name\":\"nan\"}}");
        Files.writeString(dir.resolve("hardware-gazetteer/openfpgaloader_FPGAs.yml"),
                "Xilinx:\n\n  - Description: Virtex 7\n    Model: x\n\nAltera:\n  - Description: Cyclone V E\n");
        Files.createDirectories(dir.resolve("pwc-datasets-gazetteer"));
        Files.writeString(dir.resolve("pwc-datasets-gazetteer/pwc_dataset_search_collection.jsonl"),
                "{\"id\":\"WIDER Face\",\"variants\":[\"WIDER Face\",\"WIDER Face (Hard)\",\"WIDERFace\"]}\n"
                        + "{\"id\":\"CIFAR-10\",\"variants\":[\"CIFAR10\"]}\n"
                        + "{\"id\":\"CoNLL++\",\"variants\":[\"CoNLL++\",\"CoNLL-2003\"]}\n"
                        + "{\"id\":\"CoNLL-2003\",\"variants\":[\"CoNLL 2003\"]}\n"
                        + "{\"id\":\"JFLEG\",\"variants\":[\"JFLEG\",\"_Restricted_\"]}\n");
        Files.createDirectories(dir.resolve("scirex"));
        Path scirex = AnnotatedNamesTest.scirex(dir.resolve("scirex"));
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("scirex/scirex_train_docs.jsonl.gz")))) {
            gz.write(Files.readAllBytes(scirex));
        }
        Files.createDirectories(dir.resolve("nlp-tdms"));
        Files.writeString(dir.resolve("nlp-tdms/taskKB.tsv"), "t0\tmachine_translation\tmachine_translation\n");
        Files.createDirectories(dir.resolve("timm-results"));
        Files.writeString(dir.resolve("timm-results/results-imagenet.csv"),
                "model,top1\nresnet50.a1_in1k,80\nresnet101.tv_in1k,81\nvit_base_patch16_224.augreg_in21k,82\n");
        Files.createDirectories(dir.resolve("epoch-ai-models"));
        Files.writeString(dir.resolve("epoch-ai-models/epoch_notable_ai_models.csv"),
                "Model,Training dataset\nGPT-3 175B,Common Crawl\nWeight Decay,\nAlexNet,ImageNet\nVGG16,ImageNet\n");
        return dir;
    }

    @Test
    void generatorIsDeterministicAndLoadable(@TempDir Path tmp) throws IOException {
        Path corpora = fixture(tmp.resolve("corpora"));
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        for (Path out : List.of(a, b)) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("stoplist.txt"), "# test\nIT\n");
            VocabularyBuilder.build(corpora, out);
        }
        List<String> files = Vocabulary.readLines(Files.newInputStream(a.resolve("index.txt")));
        assertFalse(files.isEmpty());
        for (String f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        assertArrayEquals(Files.readAllBytes(a.resolve("index.txt")), Files.readAllBytes(b.resolve("index.txt")));
        Vocabulary v = Vocabulary.load(a);
        assertTrue(v.lookup(EntityType.HARDWARE, "A100").isPresent());
        assertTrue(v.lookup(EntityType.HARDWARE, "Titan X").isPresent());
        assertEquals("Virtex-7", v.lookup(EntityType.HARDWARE, "Virtex 7").orElseThrow().prefLabel());
        assertTrue(v.lookup(EntityType.DATASET, "WIDERFace").isPresent());
        assertTrue(v.lookup(EntityType.DATASET, "WIDER Face (Hard)").isEmpty());
        assertEquals("ResNet-50", v.lookup(EntityType.MODEL, "resnet50").orElseThrow().prefLabel());
        assertTrue(v.lookup(EntityType.MODEL, "GPT-3 175B").isPresent());
        assertTrue(v.lookup("Weight Decay").isEmpty());
        assertTrue(v.lookup(EntityType.TASK, "machine translation").isPresent());
        // a PwC variant that is another dataset's name belongs to that dataset; markup variants are no labels
        assertEquals("CoNLL-2003", v.lookup(EntityType.DATASET, "CoNLL-2003").orElseThrow().prefLabel());
        assertTrue(v.lookup("Restricted").isEmpty());
        // SciREX names: typed, recorded with their source
        VocabEntry beam = v.lookup(EntityType.METHOD, "beam search").orElseThrow();
        assertEquals("scirex-train", beam.source());
        // two documents are enough (the threshold is two)
        assertEquals("scirex-train", v.lookup(EntityType.TASK, "semantic segmentation").orElseThrow().source());
        assertTrue(v.lookup("CNN").isEmpty(), "three-letter acronym without its expansion");
        assertTrue(files.contains("generated-scirex.ttl"));
    }
}
