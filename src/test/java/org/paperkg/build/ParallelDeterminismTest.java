package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

/** The output depends on the input only: one worker or many, the N-Quads are the same bytes, the store the same quads. */
class ParallelDeterminismTest {
    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        // 5 × 87 records: several chunks in flight at once, so workers finish out of order.
        corpus = BuildFixtures.seedCopiesJsonl(tmp.resolve("corpus.jsonl"), 5);
    }

    static byte[] nquads(int threads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        BuildSummary s = Pipelines.standardBuilder(0).threads(threads).writeTo(List.of(corpus), out);
        assertEquals(435, s.recordsRead());
        return bytes.toByteArray();
    }

    @Test
    void nquadsAreByteIdenticalWhateverTheNumberOfWorkers() {
        byte[] one = nquads(1);
        assertTrue(one.length > 100_000, "a real graph was written");
        assertArrayEquals(one, nquads(4));
        assertArrayEquals(one, nquads(7));
    }

    @Test
    void storeBuiltWithManyWorkersHoldsTheSameQuadsAsWithOne() {
        List<String> one;
        try (KgStore s = KgStore.open(tmp.resolve("db1"))) {
            new GraphBuilder(Pipelines.standardPipeline(), Pipelines.standardLinker(), 0, 100).threads(1)
                    .buildInto(s, List.of(corpus));
            one = BuildFixtures.sortedQuads(s);
        }
        try (KgStore s = KgStore.open(tmp.resolve("db4"))) {
            // Small batches: many transactions, the paper-exists checks run against committed batches too.
            BuildSummary summary = new GraphBuilder(Pipelines.standardPipeline(), Pipelines.standardLinker(), 0, 37)
                    .threads(4).buildInto(s, List.of(corpus));
            assertEquals(435, summary.papersAdded());
            assertEquals(one, BuildFixtures.sortedQuads(s));
        }
    }
}
