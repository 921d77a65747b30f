package org.paperkg.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** All five seed files, read the way the CLI reads a folder, against the gold's record list. */
class SeedCorpusTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLD_RECORDS = Path.of("src/test/resources/gold/seed-records.jsonl");

    private static ReadSummary.Collecting sink;
    private static List<JsonNode> gold;
    private static Map<String, PaperRecord> byId;

    @BeforeAll
    static void readSeeds() throws IOException {
        sink = new ReadSummary.Collecting();
        CorpusInput.read(List.of(SEEDS), sink);
        gold = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(GOLD_RECORDS, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) gold.add(mapper.readTree(line));
            }
        }
        byId = sink.records.stream().collect(Collectors.toMap(PaperRecord::recordId, Function.identity()));
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void readsExactlyTheGoldRecordsInOrder() {
        assertEquals(87, gold.size(), "gold file changed?");
        assertEquals(87, sink.records.size());
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            PaperRecord r = sink.records.get(i);
            String id = g.get("id").textValue();
            assertEquals(id, r.recordId(), "record " + i);
            assertEquals(g.get("source").textValue(), r.source(), id);
            assertEquals(g.get("title").isNull() ? null : g.get("title").textValue(), r.title(), id);
            assertEquals(collapse(g.get("abstract").textValue()), collapse(r.abstractText()), id);
        }
    }

    @Test
    void abstractsAreVerbatim() {
        // the dumps keep each abstract on one line, so nothing needs collapsing: the text is exactly the gold's
        for (JsonNode g : gold) {
            assertEquals(g.get("abstract").textValue(), byId.get(g.get("id").textValue()).abstractText());
        }
    }

    @Test
    void theOnlySkipIsTheDailyRecordWithoutAuthorDateBlock() {
        // 003 line 285: "MathSE: ..." has a title and an abstract but no "• N authors / · / date" block; it is
        // not in the gold (DataEnvGym, the next record, is 003-35) and must be reported, not silently dropped
        assertEquals(1, sink.skipped.size(), () -> sink.skipped.toString());
        SkippedRecord s = sink.skipped.get(0);
        assertEquals("003_0819c90a21a1acca.txt", s.source());
        assertEquals(285, s.line());
        assertTrue(s.message().contains("MathSE"), s.reason());
        assertTrue(s.message().contains("no author/date block"), s.reason());
        assertTrue(byId.get("003-35").title().startsWith("DataEnvGym"));
    }

    @Test
    void abstractLinesRecords() {
        PaperRecord r = byId.get("000-01");
        assertNull(r.title());
        assertEquals(1, r.line());
        assertTrue(r.abstractText().startsWith("Reinforcement Learning from Human Feedback (RLHF)"));
        assertFalse(r.abstractText().startsWith("Abstract:"));
        assertNull(r.date());
        assertNull(r.authorCount());
        assertEquals(10, sink.records.stream().filter(x -> x.source().startsWith("001")).count());
        assertEquals(10, byId.get("001-10").line());
    }

    @Test
    void dailyRecordFields() {
        PaperRecord r = byId.get("003-01");
        assertEquals("Yell At Your Robot: Improving On-the-Fly from Language Corrections", r.title());
        assertEquals(13, r.line());
        assertEquals(8, r.authorCount());
        assertEquals("2024-03-19", r.date());
        assertNull(r.upvotes());
        assertNull(r.arxivId());

        PaperRecord upvoted = byId.get("003-09"); // "Oct 31, 2024 3"
        assertEquals("2024-10-31", upvoted.date());
        assertEquals(3, upvoted.upvotes());
        assertEquals(10, upvoted.authorCount());

        PaperRecord yearless = byId.get("003-11"); // "Jan 14"
        assertEquals("--01-14", yearless.date());
        assertNull(yearless.upvotes());

        PaperRecord yearlessUpvoted = byId.get("003-16"); // "Apr 13 2"
        assertEquals("--04-13", yearlessUpvoted.date());
        assertEquals(2, yearlessUpvoted.upvotes());

        PaperRecord last = byId.get("003-45"); // last line of the file: "May 2 3", no trailing newline
        assertEquals("--05-02", last.date());
        assertEquals(3, last.upvotes());
        assertEquals(9, last.authorCount());

        assertEquals(27, byId.get("004-17").authorCount()); // Hardwired-Neurons
        assertEquals(1, byId.get("003-26").authorCount()); // "• 1 authors"
    }

    @Test
    void samePaperInTwoDumpsIsReadTwice() {
        PaperRecord a = byId.get("003-02");
        PaperRecord b = byId.get("004-19");
        assertEquals(a.title(), b.title());
        assertEquals(a.abstractText(), b.abstractText());
        assertEquals("2023-02-17", a.date());
        assertEquals("2023-02-17", b.date());
        assertNotEquals(a.source(), b.source());
    }

    @Test
    void formatsAreSniffedFromContent() throws IOException {
        assertEquals(CorpusFormat.ABSTRACT_LINES, sniff("000_9730ed53e1025b6f.txt"));
        assertEquals(CorpusFormat.DAILY_PAPERS, sniff("003_0819c90a21a1acca.txt"));
        assertEquals(CorpusFormat.DAILY_PAPERS, sniff("004_f4c181a3e0adb0df.txt"));
    }

    private static CorpusFormat sniff(String name) throws IOException {
        byte[] all = Files.readAllBytes(SEEDS.resolve(name));
        String head = new String(all, 0, Math.min(all.length, CorpusFormat.SNIFF_BYTES), StandardCharsets.UTF_8);
        return CorpusFormat.sniff(head, false).format();
    }
}
