package org.paperkg.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

class ArxivJsonlTest {

    private static final Path FIXTURES = Path.of("src/test/resources/corpus");
    private static final Path DAILY_CS = FIXTURES.resolve("arxiv-daily-cs-sample.jsonl.gz");
    private static final Path SNAPSHOT = FIXTURES.resolve("arxiv-snapshot-sample.jsonl");

    @TempDir
    Path tmp;

    private static ReadSummary.Collecting read(Path... paths) {
        ReadSummary.Collecting sink = new ReadSummary.Collecting();
        CorpusInput.read(List.of(paths), sink);
        return sink;
    }

    @Test
    void normalizedLayoutFromGzip() throws IOException {
        List<JsonNode> expected = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DAILY_CS)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) expected.add(mapper.readTree(line));
        }
        ReadSummary.Collecting sink = read(DAILY_CS);
        assertEquals(List.of(), sink.skipped);
        assertEquals(26, sink.records.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            PaperRecord r = sink.records.get(i);
            assertEquals(e.get("id").textValue(), r.recordId());
            assertEquals(e.get("id").textValue(), r.arxivId());
            assertEquals("arxiv-daily-cs-sample.jsonl.gz", r.source());
            assertEquals(i + 1, r.line());
            assertEquals(e.get("title").textValue(), r.title());
            assertEquals(e.get("abstract").textValue(), r.abstractText());
            assertEquals(e.get("date").textValue(), r.date());
            List<String> cats = new ArrayList<>();
            e.get("categories").forEach(c -> cats.add(c.textValue()));
            assertEquals(cats, r.categories());
            assertEquals(List.of(), r.authors());
            assertNull(r.authorCount());
            assertNull(r.upvotes());
        }
        PaperRecord first = sink.records.get(0);
        assertEquals("2503.11677", first.recordId());
        assertEquals(List.of("cs.HC", "cs.CV"), first.categories());
        assertEquals("2025-03-18", first.date());
    }

    @Test
    void snapshotLayout() {
        ReadSummary.Collecting sink = read(SNAPSHOT);
        assertEquals(List.of(), sink.skipped);
        assertEquals(3, sink.records.size());

        PaperRecord a = sink.records.get(0);
        assertEquals("0704.0001", a.recordId());
        // title and abstract kept exactly as read: line breaks and leading spaces included
        assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies", a.title());
        assertTrue(a.abstractText().startsWith("  A fully differential calculation"));
        assertTrue(a.abstractText().contains("is\npresented"));
        assertEquals(List.of("hep-ph"), a.categories());
        assertEquals("2008-11-13", a.date());
        // authors_parsed ([last, first, suffix]) is preferred over the "A, B and C" string
        assertEquals(List.of("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"), a.authors());
        assertEquals(4, a.authorCount());

        PaperRecord b = sink.records.get(1);
        assertEquals("1706.03762", b.recordId(), "version suffix stripped");
        assertEquals("1706.03762", b.arxivId());
        assertEquals(List.of("cs.CL", "cs.LG"), b.categories());
        assertEquals(8, b.authorCount());
        assertEquals("Ashish Vaswani", b.authors().get(0));
        assertEquals("Illia Polosukhin", b.authors().get(7));
        assertEquals("Lukasz Kaiser", b.authors().get(6));
        assertEquals(2, b.line());

        PaperRecord c = sink.records.get(2);
        assertEquals(List.of("Kaiming He (Microsoft Research, Beijing)", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"),
                c.authors());
        assertEquals("2015-12-11", c.date());
    }

    @Test
    void authorStringSplitting() {
        assertEquals(List.of("A", "B", "C"), ArxivJsonlReader.splitAuthors("A, B and C"));
        assertEquals(List.of("A", "B", "C"), ArxivJsonlReader.splitAuthors("A,\n  B, and C"));
        assertEquals(List.of("Alexander Anderson"), ArxivJsonlReader.splitAuthors("Alexander Anderson"));
        assertEquals(List.of("A (X, Y and Z)", "B"), ArxivJsonlReader.splitAuthors("A (X, Y and Z) and B"));
    }

    @Test
    void badLinesAreSkippedAndTheRestLands() throws IOException {
        Path f = tmp.resolve("mixed.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\": \"2501.00001v2\", \"title\": \"Good one\", \"abstract\": \"First abstract.\", \"authors\": [\"A\", \"B\"], \"categories\": [\"cs.LG\"], \"date\": \"2025-01-02\"}",
                "{\"id\": \"2501.00002\", \"title\": \"No abstract\"}",
                "{\"id\": \"2501.00003\", \"title\": [\"wrong\"], \"abstract\": \"x\"}",
                "{\"id\": \"2501.00004\", \"abstract\": 42}",
                "{\"id\": \"2501.00005\", \"abstract\": \"   \"}",
                "{\"id\": \"2501.00006\", \"abstract\": \"ok\", \"categories\": 7}",
                "{\"id\": \"2501.00007\", \"abstract\": \"ok\", \"authors\": [\"A\", 3]}",
                "{not json at all",
                "[1, 2]",
                "{\"title\": \"no id\", \"abstract\": \"text\"}",
                "",
                "{\"id\": \"2501.00009\", \"title\": \"Good two\", \"abstract\": \"Second abstract.\", \"authors\": \"X and Y\", \"categories\": \"cs.CL cs.AI\", \"update_date\": \"2025-02-03\"}",
                ""), StandardCharsets.UTF_8);
        ReadSummary.Collecting sink = new ReadSummary.Collecting();
        ReadSummary both = new ReadSummary(sink);
        CorpusInput.read(List.of(f), both);
        assertEquals(List.of("2501.00001", "2501.00009"), sink.records.stream().map(PaperRecord::recordId).toList());
        assertEquals(1, sink.records.get(0).line());
        assertEquals(12, sink.records.get(1).line());
        assertEquals(List.of("X", "Y"), sink.records.get(1).authors());
        assertEquals(List.of("cs.CL", "cs.AI"), sink.records.get(1).categories());
        assertEquals("2025-02-03", sink.records.get(1).date());
        assertEquals(2, both.records());
        assertEquals(9, both.skippedCount());

        List<SkippedRecord> s = sink.skipped;
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), s.stream().map(SkippedRecord::line).toList());
        for (SkippedRecord r : s) assertEquals("mixed.jsonl", r.source());
        assertEquals("2501.00002", s.get(0).recordRef());
        assertEquals("mixed.jsonl:2 (record 2501.00002): skipped: missing abstract", s.get(0).message());
        assertTrue(s.get(1).reason().contains("\"title\"") && s.get(1).reason().contains("array"), s.get(1).reason());
        assertTrue(s.get(2).reason().contains("\"abstract\"") && s.get(2).reason().contains("number"), s.get(2).reason());
        assertEquals("abstract is empty", s.get(3).reason());
        assertTrue(s.get(4).reason().contains("\"categories\""), s.get(4).reason());
        assertTrue(s.get(5).reason().contains("\"authors\""), s.get(5).reason());
        assertEquals("2501.00007", s.get(5).recordRef());
        assertNull(s.get(6).recordRef());
        assertTrue(s.get(6).reason().startsWith("invalid JSON"), s.get(6).reason());
        assertTrue(s.get(7).reason().contains("not a JSON object"), s.get(7).reason());
        assertTrue(s.get(8).reason().contains("missing arXiv id"), s.get(8).reason());
        assertTrue(both.report().startsWith("2 records read, 9 skipped"), both.report());
    }

    @Test
    void datesTimestampsAndByteOrderMark() throws IOException {
        Path f = tmp.resolve("dates.jsonl");
        Files.writeString(f, "\uFEFF{\"id\": \"2501.1\", \"abstract\": \"a\", \"date\": \"2025-03-18T12:00:00Z\"}\n"
                + "{\"id\": \"2501.2\", \"abstract\": \"b\", \"update_date\": \"18/03/2025\"}\n"
                + "{\"id\": \"2501.3\", \"abstract\": \"c\", \"date\": \"2025-04-01\", \"update_date\": \"2026-01-01\"}\n"
                + "{\"id\": \"2501.4\", \"summary\": \"crawler field\", \"cate\": \"cs.CV\"}\n",
                StandardCharsets.UTF_8);
        ReadSummary.Collecting sink = read(f);
        assertEquals(List.of(), sink.skipped);
        assertEquals("2501.1", sink.records.get(0).recordId());
        assertEquals("2025-03-18", sink.records.get(0).date());
        assertNull(sink.records.get(1).date(), "not an ISO date");
        assertEquals("2025-04-01", sink.records.get(2).date(), "date wins over update_date");
        assertEquals("crawler field", sink.records.get(3).abstractText());
        assertEquals(List.of("cs.CV"), sink.records.get(3).categories());
    }
}
