package org.paperkg.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.EntityType;

/** The vocabulary's binary form gives exactly what its Turtle gives, and is ignored once the Turtle changes. */
class CompiledVocabularyTest {
    private static final String TURTLE = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kg: <https://w3id.org/paperkg/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            <https://w3id.org/paperkg/vocab/model/resnet> a skos:Concept, kg:Model ; skos:prefLabel "ResNet" .
            <https://w3id.org/paperkg/vocab/model/resnet-50> a skos:Concept, kg:Model ; skos:prefLabel "ResNet-50" ;
                skos:altLabel "ResNet50", "RN-50" ; skos:broader <https://w3id.org/paperkg/vocab/model/resnet> ;
                kg:matchCase "RN-50" .
            <https://w3id.org/paperkg/vocab/hardware/tpu> a skos:Concept, kg:Hardware ; skos:prefLabel "TPU" ;
                kg:matchCase true ; dcterms:source "epoch-hardware" .
            <https://w3id.org/paperkg/vocab/task/ranking> a skos:Concept, kg:Task ; skos:prefLabel "ranking" ;
                kg:matchMode "none" .
            """;

    /** A vocabulary directory as the build's output holds it: index, one Turtle file, stoplist. */
    private static Path vocabularyDir(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.txt"), "# test\nsmall.ttl\n");
        Files.writeString(dir.resolve("small.ttl"), TURTLE);
        Files.writeString(dir.resolve("stoplist.txt"), "IT\n");
        return dir;
    }

    @Test
    void packagedCompiledFormIsCurrentAndEqualsTheTurtle() {
        VocabularySources sources = VocabularySources.classpath(getClass().getClassLoader());
        Optional<List<VocabEntry>> compiled = sources.compiledEntries();
        assertTrue(compiled.isPresent(), "the build's process-classes phase writes a current " + CompiledVocabulary.FILE);
        List<VocabEntry> turtle = sources.parseTurtle();
        assertTrue(turtle.size() >= 5000, "entries " + turtle.size());
        assertEquals(turtle, compiled.get());
        // and the repository's own Turtle is what was compiled
        assertEquals(turtle, Vocabulary.loadTurtle(Path.of("ontology/vocab")).entries());
    }

    @Test
    void compiledFormLoadsTheSameEntriesAndIsDeterministic(@TempDir Path tmp) throws IOException {
        Path dir = vocabularyDir(tmp.resolve("v"));
        CompiledVocabulary.main(new String[] {dir.toString()});
        byte[] first = Files.readAllBytes(dir.resolve(CompiledVocabulary.FILE));
        CompiledVocabulary.main(new String[] {dir.toString()});
        assertArrayEquals(first, Files.readAllBytes(dir.resolve(CompiledVocabulary.FILE)));

        VocabularySources sources = VocabularySources.read(dir);
        List<VocabEntry> compiled = sources.compiledEntries().orElseThrow();
        assertEquals(sources.parseTurtle(), compiled);
        assertEquals(4, compiled.size());
        Vocabulary v = Vocabulary.load(dir);
        VocabEntry rn = v.lookup(EntityType.MODEL, "resnet50").orElseThrow();
        assertEquals(List.of("RN-50", "ResNet50"), rn.altLabels());
        assertEquals(List.of("https://w3id.org/paperkg/vocab/model/resnet"), rn.broader());
        assertTrue(rn.caseFlagged("RN-50"));
        assertFalse(rn.caseFlagged("ResNet50"));
        VocabEntry tpu = v.lookup(EntityType.HARDWARE, "TPU").orElseThrow();
        assertEquals("epoch-hardware", tpu.source());
        assertTrue(tpu.hasFlag(VocabEntry.MATCH_CASE));
        assertTrue(v.lookup(EntityType.TASK, "ranking").orElseThrow().hasFlag(VocabEntry.NO_MATCH));
        assertTrue(v.stopped("it"));
    }

    @Test
    void changedTurtleWinsOverAStaleCompiledForm(@TempDir Path tmp) throws IOException {
        Path dir = vocabularyDir(tmp.resolve("v"));
        CompiledVocabulary.main(new String[] {dir.toString()});
        Files.writeString(dir.resolve("small.ttl"), TURTLE + """
                <https://w3id.org/paperkg/vocab/dataset/imagenet> a <http://www.w3.org/2004/02/skos/core#Concept>,
                    <https://w3id.org/paperkg/ontology#Dataset> ;
                    <http://www.w3.org/2004/02/skos/core#prefLabel> "ImageNet" .
                """);
        assertTrue(VocabularySources.read(dir).compiledEntries().isEmpty());
        Vocabulary v = Vocabulary.load(dir);
        assertEquals(5, v.size());
        assertTrue(v.lookup(EntityType.DATASET, "imagenet").isPresent());
    }

    @Test
    void damagedCompiledFormIsIgnored(@TempDir Path tmp) throws IOException {
        Path dir = vocabularyDir(tmp.resolve("v"));
        CompiledVocabulary.main(new String[] {dir.toString()});
        Path bin = dir.resolve(CompiledVocabulary.FILE);
        byte[] whole = Files.readAllBytes(bin);
        List<VocabEntry> expected = Vocabulary.loadTurtle(dir).entries();

        Files.write(bin, Arrays.copyOf(whole, whole.length / 2)); // cut short
        assertTrue(VocabularySources.read(dir).compiledEntries().isEmpty());
        assertEquals(expected, Vocabulary.load(dir).entries());

        byte[] longer = Arrays.copyOf(whole, whole.length + 3); // trailing bytes
        Files.write(bin, longer);
        assertTrue(VocabularySources.read(dir).compiledEntries().isEmpty());

        byte[] badLength = whole.clone(); // the first string's length made negative
        badLength[20] = (byte) 0xff;
        Files.write(bin, badLength);
        assertTrue(VocabularySources.read(dir).compiledEntries().isEmpty());
        assertEquals(expected, Vocabulary.load(dir).entries());

        Files.writeString(bin, "not a compiled vocabulary");
        assertTrue(VocabularySources.read(dir).compiledEntries().isEmpty());
        assertEquals(expected, Vocabulary.load(dir).entries());
    }
}
