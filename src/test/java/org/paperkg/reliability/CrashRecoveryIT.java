package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

/**
 * A build killed with SIGKILL ({@code Process.destroyForcibly()} on Linux) in the middle: the store opens, holds whole
 * batches only (the builds here commit one TDB2 transaction per 2000 records, --commit-every) or, killed during its bulk
 * load, nothing, and running the same build again completes it to exactly what an uninterrupted build gives.
 */
class CrashRecoveryIT {
    static final int RECORDS = 6000;
    static final int BATCH = 2000; // given to the builds as --commit-every

    @TempDir
    static Path tmp;
    static Path corpus;
    static Map<String, Long> expected;
    static long fullMillis;

    /** The corpus, and the store an uninterrupted build of it gives (loaded in bulk, the default). */
    @BeforeAll
    static void reference() throws Exception {
        corpus = GeneratedCorpus.write(tmp.resolve("gen.jsonl"), RECORDS);
        Path reference = tmp.resolve("reference");
        Process full = ChildJvm.paperkg(tmp.resolve("ref.log"), "build", "--db", reference.toString(), "--commit-every", "" + BATCH, corpus.toString());
        long t0 = System.nanoTime();
        assertTrue(full.waitFor(600, TimeUnit.SECONDS));
        fullMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, full.exitValue(), Files.readString(tmp.resolve("ref.log")));
        try (KgStore ref = KgStore.open(reference)) {
            expected = ref.stats();
        }
    }

    /**
     * The first batch is loaded in bulk (--bulk-load 2000), the rest one transaction a batch: a kill after the first
     * commit keeps the bulk-loaded batch and whole batches after it.
     */
    @Test
    void killedBuildLeavesWholeBatchesAndRerunCompletesIt() throws Exception {
        // Kill the moment the build reports its first committed batch (logged at INFO after each commit): the next
        // batch is then being extracted and written, so the kill lands mid-batch, whatever the machine's load.
        // Every kill, wherever it lands, must leave a store that opens with whole batches only.
        Path db = null;
        for (int attempt = 0; attempt < 3 && db == null; attempt++) {
            Path store = tmp.resolve("db" + attempt);
            Path log = tmp.resolve("kill" + attempt + ".log");
            Process build = ChildJvm.start(log, List.of("-Xmx512m", "-Dpaperkg.log.level=INFO"),
                    "org.paperkg.cli.Main", "build", "--db", store.toString(), "--commit-every", "" + BATCH,
                    "--bulk-load", "" + BATCH, corpus.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
            while (build.isAlive() && System.nanoTime() < deadline
                    && !(Files.exists(log) && Files.readString(log).contains("committed batch 1:"))) {
                Thread.sleep(20);
            }
            boolean wasRunning = build.isAlive();
            build.destroyForcibly();
            assertTrue(build.waitFor(60, TimeUnit.SECONDS));
            try (KgStore kg = KgStore.open(store)) {
                TreeSet<String> ids = paperIds(kg);
                assertEquals(0, ids.size() % BATCH, "whole batches only, found " + ids.size() + " papers");
                // The batches are the first records of the file, in order.
                for (int i = 0; i < ids.size(); i++) assertTrue(ids.contains(GeneratedCorpus.arxivId(i)), "missing " + i);
                assertEveryPaperComplete(kg);
                System.out.printf("kill after the first commit (reference run %d ms): %d papers committed%n",
                        fullMillis, ids.size());
                if (wasRunning && !ids.isEmpty() && ids.size() < RECORDS) db = store;
            }
        }
        assertTrue(db != null, "no kill landed between two commits; the test proved nothing");

        Process rerun = ChildJvm.paperkg(tmp.resolve("rerun.log"), "build", "--db", db.toString(), "--commit-every", "" + BATCH, corpus.toString());
        assertTrue(rerun.waitFor(600, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), Files.readString(tmp.resolve("rerun.log")));
        try (KgStore kg = KgStore.open(db)) {
            assertEquals(expected, kg.stats(), "resumed build = uninterrupted build");
        }
    }

    /**
     * Killed while it loads in bulk (every record is in the bulk load by default, and nothing is stored before its
     * indexes are written): the store opens empty, with no half-written index, and the same build again gives what
     * an uninterrupted build gives.
     */
    @Test
    void buildKilledDuringItsBulkLoadLeavesAnEmptyStore() throws Exception {
        Path store = tmp.resolve("bulk-killed");
        Path log = tmp.resolve("bulk-kill.log");
        Process build = ChildJvm.start(log, List.of("-Xmx512m", "-Dpaperkg.log.level=INFO"),
                "org.paperkg.cli.Main", "build", "--db", store.toString(), "--commit-every", "" + BATCH, corpus.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (build.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(log) && Files.readString(log).contains("bulk batch 1:"))) {
            Thread.sleep(20);
        }
        assertTrue(build.isAlive(), "the build was still loading in bulk: " + Files.readString(log));
        build.destroyForcibly();
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        assertTrue(Files.exists(store.resolve("bulk-load-incomplete")), "killed mid-load, the store says so");
        try (KgStore kg = KgStore.open(store)) {
            assertTrue(kg.isEmpty(), "nothing of a bulk load is stored before its indexes");
            assertEquals(0, paperIds(kg).size());
        }
        Process rerun = ChildJvm.paperkg(tmp.resolve("bulk-rerun.log"), "build", "--db", store.toString(), "--commit-every", "" + BATCH, corpus.toString());
        assertTrue(rerun.waitFor(600, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), Files.readString(tmp.resolve("bulk-rerun.log")));
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(expected, kg.stats(), "a build after the killed bulk load = uninterrupted build");
            assertEveryPaperComplete(kg);
        }
    }

    static TreeSet<String> paperIds(KgStore kg) {
        TreeSet<String> ids = new TreeSet<>();
        String q = "SELECT ?p { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
        Txn.executeRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(kg.dataset())).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String iri = r.getResource("p").getURI();
                    ids.add(iri.substring(iri.lastIndexOf('/') + 1));
                });
            }
        });
        return ids;
    }

    /** Nothing half-written: every stored paper has its title, its abstract and its results. */
    static void assertEveryPaperComplete(KgStore kg) {
        String q = """
                PREFIX kg: <https://w3id.org/paperkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT (COUNT(*) AS ?n) { ?p a kg:Paper .
                  FILTER NOT EXISTS { ?p dcterms:title ?t ; dcterms:abstract ?a ; kg:reportsResult ?r } }""";
        Txn.executeRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(kg.dataset())).query(q).build()) {
                assertEquals(0, qe.execSelect().next().getLiteral("n").getInt(), "papers with missing parts");
            }
        });
    }
}
