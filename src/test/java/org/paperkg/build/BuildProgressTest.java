package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line (rate, ETA, throttling) and the one-line summary a build ends with. */
class BuildProgressTest {
    @TempDir
    Path tmp;

    @Test
    void lineShowsDoneRateAndEta() {
        BuildProgress p = new BuildProgress(null, 10_000, () -> 0L);
        assertEquals("2500/10000 records, 500/s, ETA 0:15", p.line(2500, 5_000_000_000L));
        BuildProgress unknown = new BuildProgress(null, 0, () -> 0L);
        assertEquals("2500 records, 500/s", unknown.line(2500, 5_000_000_000L));
    }

    @Test
    void drawsAtMostFourTimesASecondAndClearsAtTheEnd() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuildProgress p = new BuildProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0, now::get);
        for (int i = 1; i <= 1000; i++) {
            now.addAndGet(1_000_000L); // 1 ms a record: 1 s in all
            p.record(i);
        }
        p.done();
        String out = bytes.toString(StandardCharsets.UTF_8);
        long draws = out.chars().filter(c -> c == '\r').count() - 1; // the last \r clears
        assertEquals(4, draws, out);
        assertTrue(out.contains("1000 records, 1000/s"), out);
        assertTrue(out.endsWith("\r\u001b[K"), "the line is cleared for the summary");
    }

    @Test
    void silentWhenNotATerminal() {
        // Tests never run with a console: no progress output may reach a log.
        assertEquals(BuildProgress.NONE, BuildProgress.onTerminal(100));
    }

    @Test
    void estimateCountsNonEmptyLines() throws Exception {
        Path f = Files.writeString(tmp.resolve("x.jsonl"), "{\"a\":1}\n\n  \n{\"a\":2}\n{\"a\":3}");
        assertEquals(3, RecordEstimate.count(List.of(f)));
    }

    @Test
    void summaryNamesSkipReasonsPapersEntitiesQuadsAndSeconds() throws Exception {
        Path corpus = BuildFixtures.seedCopiesJsonl(tmp.resolve("c.jsonl"), 1);
        Files.writeString(corpus, "{not json\n{\"id\": \"2402.00001\", \"abstract\": \"\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        var skipped = new java.util.ArrayList<String>();
        BuildSummary s = Pipelines.standardBuilder(0).onSkip(k -> skipped.add(k.message()))
                .writeTo(List.of(corpus), org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        assertEquals(87, s.recordsRead());
        assertEquals(2, skipped.size(), skipped.toString());
        String line = s.oneLine();
        assertTrue(line.startsWith("read 87 records, skipped 2 {"), line);
        assertTrue(line.matches(".*papers: 87 added, 0 already present, 0 duplicate records merged; \\d+ entities; \\d+ quads written; \\d+\\.\\d s$"), line);
    }
}
