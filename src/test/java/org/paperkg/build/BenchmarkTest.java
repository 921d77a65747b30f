package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

/** The whole benchmark on the 26-record arXiv sample: a real build per size, a real server, real queries. */
class BenchmarkTest {
    private static final Path SAMPLE = Path.of("src/test/resources/corpus/arxiv-daily-cs-sample.jsonl.gz");

    @TempDir
    Path work;

    private String bench(List<Integer> sizes, int incremental) throws Exception {
        return bench(sizes, incremental, 0);
    }

    private String bench(List<Integer> sizes, int incremental, int coldRuns) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Benchmark.Settings settings = new Benchmark.Settings(SAMPLE, sizes, work, Path.of("queries"), incremental, 1,
                2, Duration.ofSeconds(1), 1000, 2, coldRuns, "256m");
        new Benchmark(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStoreOfTheWholeCorpusStillGetsNewPapersForTheIncrementalBuild() throws Exception {
        String out = bench(List.of(10, 26), 5);
        assertTrue(out.matches("(?s).*\\n10\\s+\\d+\\s+[\\d.]+\\s+[1-9]\\d*\\s.*"), "a row for 10 records:\n" + out);
        assertTrue(out.matches("(?s).*\\n26\\s+\\d+\\s+[\\d.]+\\s+[1-9]\\d*\\s.*"), "a row for 26 records:\n" + out);
        // heap in use (the collector's before-collection figure) is within the heap; what stayed live within that
        Matcher row = Pattern.compile("\\n26\\s+\\d+\\s+[\\d.]+\\s+\\d+\\s+\\d+\\s+(\\d+)\\s+(\\d+)\\s+\\d+\\s+[\\d.]+\\n").matcher(out);
        assertTrue(row.find(), out);
        long heapMb = Long.parseLong(row.group(1));
        long liveMb = Long.parseLong(row.group(2));
        assertTrue(heapMb > 0 && heapMb <= Runtime.getRuntime().maxMemory() >> 20, "heap in use " + heapMb + " MB:\n" + out);
        assertTrue(liveMb <= heapMb, "live " + liveMb + " MB, in use " + heapMb + " MB:\n" + out);
        Matcher inc = Pattern.compile("incremental: 5 new records \\(the corpus's last 5 records under new ids "
                + "\\(bench-new\\.<id>\\)\\) into the 26 store .*papers: (\\d+) added, (\\d+) already present").matcher(out);
        assertTrue(inc.find(), out);
        assertEquals("5", inc.group(1), "the relabelled records are new papers: " + out);
        assertEquals("0", inc.group(2), out);
        assertTrue(out.matches("(?s).*server: 2 clients for [\\d.]+ s: [1-9]\\d* answered, 0 errors.*"), out);
    }

    @Test
    void aSmallerStoreGetsTheRecordsAfterIt() throws Exception {
        String out = bench(List.of(20), 4);
        Matcher inc = Pattern.compile("incremental: 4 new records \\(the records after the first 20\\) into the 20 store"
                + " .*papers: (\\d+) added").matcher(out);
        assertTrue(inc.find(), out);
        assertEquals("4", inc.group(1), out);
    }

    /**
     * The incremental build as a user runs it: {@code build} in a JVM of its own (this class path), twice, each run
     * adding the records under ids of its own, into the store this JVM built and then let go of.
     */
    @Test
    void theIncrementalBuildAlsoRunsAsACommandOfItsOwn() throws Exception {
        String out = bench(List.of(20), 3, 2);
        assertTrue(out.contains("incremental as a command of its own (java -Xmx256m "), out);
        assertTrue(out.contains("2 runs of 3 new records into the 20 store"), out);
        for (int k = 1; k <= 2; k++) {
            Matcher run = Pattern.compile("  run " + k + ": ([\\d.]+) s wall, exit 0 \\(paperkg build: read 3 records, "
                    + "skipped 0; papers: (\\d+) added, (\\d+) already present").matcher(out);
            assertTrue(run.find(), out);
            assertTrue(Double.parseDouble(run.group(1)) > 0, out);
            assertEquals("3", run.group(2), "each run's relabelled records are new papers: " + out);
            assertEquals("0", run.group(3), out);
        }
        assertTrue(out.matches("(?s).*  median [\\d.]+ s, worst [\\d.]+ s\\n.*"), out);
        // 20 papers, 3 in this JVM's incremental build and 3 from each command
        try (KgStore store = KgStore.open(work.resolve("db-20"))) {
            assertEquals(29L, store.stats().get("papers"), out);
        }
    }

    @Test
    void aRecordGetsANewIdAndKeepsEverythingElse() {
        assertEquals("{\"id\":\"bench-new.2401.00001\",\"title\":\"T\",\"abstract\":\"A\"}",
                Benchmark.withNewId("{\"id\": \"2401.00001\", \"title\": \"T\", \"abstract\": \"A\"}"));
        assertEquals("{not json", Benchmark.withNewId("{not json"), "a broken line is left for the build to report");
        assertEquals("{\"title\":\"no id\"}", Benchmark.withNewId("{\"title\":\"no id\"}"));
    }
}
