package org.paperkg.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** Damaged, odd and hostile inputs, written to a temporary folder. Nothing may be thrown. */
class BadInputTest {

    private static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path tmp;

    private static ReadSummary.Collecting read(Path... paths) {
        ReadSummary.Collecting sink = new ReadSummary.Collecting();
        CorpusInput.read(List.of(paths), sink);
        return sink;
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(bytes);
        }
        return bos.toByteArray();
    }

    private static List<String> seedLines(String name, int from, int to) throws IOException {
        return Files.readAllLines(SEEDS.resolve(name), StandardCharsets.UTF_8).subList(from - 1, to);
    }

    private static final String DAILY = "003_0819c90a21a1acca.txt";

    // ---------- Abstract: lines ----------

    @Test
    void emptyAbstractLineIsSkippedAndTakesNoPosition() throws IOException {
        Path f = write("100_lines.txt", "Abstract:First one.\n\nAbstract:   \nAbstract:\nAbstract: Second one. \n"
                + "Some stray line\nAbstract:Third one.");
        ReadSummary.Collecting sink = read(f);
        assertEquals(List.of("100-01", "100-02", "100-03"), sink.records.stream().map(PaperRecord::recordId).toList());
        assertEquals(List.of("First one.", "Second one.", "Third one."),
                sink.records.stream().map(PaperRecord::abstractText).toList());
        assertEquals(List.of(1L, 5L, 7L), sink.records.stream().map(PaperRecord::line).toList());
        assertEquals(List.of(3L, 4L, 6L), sink.skipped.stream().map(SkippedRecord::line).toList());
        assertEquals("100_lines.txt:3: skipped: no text after \"Abstract:\"", sink.skipped.get(0).message());
        assertTrue(sink.skipped.get(2).message().contains("Some stray line"));
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("Abstract:Caf".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(new byte[] {(byte) 0xE9, ' ', (byte) 0xFF, (byte) 0xC3}); // Latin-1 é, a stray byte, a cut sequence
        b.writeBytes(" ok.\nAbstract:Next one is \u00e9 in UTF-8.\n".getBytes(StandardCharsets.UTF_8));
        ReadSummary.Collecting sink = read(writeBytes("200_bad-utf8.txt", b.toByteArray()));
        assertEquals(List.of(), sink.skipped);
        assertEquals(2, sink.records.size());
        String a = sink.records.get(0).abstractText();
        assertTrue(a.startsWith("Caf\uFFFD \uFFFD"), a);
        assertTrue(a.endsWith(" ok."), a);
        assertEquals("Next one is \u00e9 in UTF-8.", sink.records.get(1).abstractText());
    }

    @Test
    void invalidUtf8InJsonLines() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"id\": \"2501.1\", \"abstract\": \"bad ".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.writeBytes(" byte\"}\n{\"id\": \"2501.2\", \"abstract\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        ReadSummary.Collecting sink = read(writeBytes("bad.jsonl", b.toByteArray()));
        assertEquals(List.of(), sink.skipped);
        assertEquals("bad \uFFFD byte", sink.records.get(0).abstractText());
        assertEquals("fine", sink.records.get(1).abstractText());
    }

    // ---------- whole files ----------

    @Test
    void gzipIsReadTransparentlyWhateverItsName() throws IOException {
        byte[] seed = Files.readAllBytes(SEEDS.resolve("001_e54a5e0976882cab.txt"));
        Path gz = writeBytes("001_copy.txt.gz", gzip(seed));
        Path noExt = writeBytes("001_no_extension", gzip(seed));
        ReadSummary.Collecting plain = read(SEEDS.resolve("001_e54a5e0976882cab.txt"));
        for (Path p : List.of(gz, noExt)) {
            ReadSummary.Collecting sink = read(p);
            assertEquals(List.of(), sink.skipped);
            assertEquals(10, sink.records.size());
            for (int i = 0; i < 10; i++) {
                assertEquals(plain.records.get(i).recordId(), sink.records.get(i).recordId());
                assertEquals(plain.records.get(i).abstractText(), sink.records.get(i).abstractText());
                assertEquals(p.getFileName().toString(), sink.records.get(i).source());
            }
        }
    }

    @Test
    void truncatedGzipKeepsRecordsBeforeTheBreak() throws IOException {
        // random words so that the data does not compress to nothing; far more than the sniffing window
        Random rnd = new Random(42);
        List<String> abstracts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            StringBuilder a = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                for (int c = 0, n = 2 + rnd.nextInt(8); c < n; c++) a.append((char) ('a' + rnd.nextInt(26)));
                a.append(' ');
            }
            a.append("end.");
            abstracts.add(a.toString());
            text.append("Abstract:").append(a).append('\n');
        }
        byte[] gz = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        Path f = writeBytes("300_cut.txt.gz", Arrays.copyOf(gz, gz.length * 6 / 10));
        ReadSummary.Collecting sink = read(f);
        int n = sink.records.size();
        assertTrue(n > 100 && n < 3000, "records before the break: " + n);
        for (int i = 0; i < n; i++) {
            assertEquals(abstracts.get(i), sink.records.get(i).abstractText(), "no half line delivered");
        }
        assertEquals(1, sink.skipped.size());
        SkippedRecord s = sink.skipped.get(0);
        assertEquals(f.toString(), s.source());
        assertTrue(s.line() > n, "line " + s.line());
        assertTrue(s.message().contains("truncated or damaged"), s.reason());
        assertTrue(s.message().contains("EOFException"), s.reason());
    }

    @Test
    void gzipCutInsideTheSniffingWindowIsReportedNotThrown() throws IOException {
        byte[] gz = gzip(Files.readAllBytes(SEEDS.resolve(DAILY)));
        Path f = writeBytes("cut-early.gz", Arrays.copyOf(gz, 40));
        ReadSummary.Collecting sink = read(f);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.skipped.size());
        assertEquals(0, sink.skipped.get(0).line());
        assertTrue(sink.skipped.get(0).reason().startsWith("cannot read file"), sink.skipped.get(0).reason());
    }

    @Test
    void emptyAndWhitespaceFiles() throws IOException {
        Path empty = writeBytes("empty.txt", new byte[0]);
        Path blank = write("blank.txt", "\n   \n\t\n");
        Path emptyGz = writeBytes("empty.gz", gzip(new byte[0]));
        ReadSummary.Collecting sink = read(empty, blank, emptyGz);
        assertEquals(List.of(), sink.records);
        assertEquals(3, sink.skipped.size());
        assertEquals("empty file", sink.skipped.get(0).reason());
        assertEquals(empty.toString(), sink.skipped.get(0).source());
        assertEquals(0, sink.skipped.get(0).line());
        assertTrue(sink.skipped.get(1).reason().startsWith("empty file"), sink.skipped.get(1).reason());
        assertEquals("empty file", sink.skipped.get(2).reason());
    }

    @Test
    void binaryFilesAreSkippedWhole() throws IOException {
        Random rnd = new Random(7);
        byte[] withNul = new byte[5000];
        rnd.nextBytes(withNul);
        withNul[10] = 0;
        byte[] noNul = new byte[5000];
        rnd.nextBytes(noNul);
        for (int i = 0; i < noNul.length; i++) if (noNul[i] == 0) noNul[i] = (byte) 0x9F;
        // a PNG header whose content happens to start with "Abstract:" still must not be read as text
        byte[] png = new byte[2000];
        rnd.nextBytes(png);
        byte[] start = "Abstract:".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, png, 0, start.length);
        png[20] = 0;
        ReadSummary.Collecting sink = read(writeBytes("a.bin", withNul), writeBytes("b.txt", noNul),
                writeBytes("c.txt", png));
        assertEquals(List.of(), sink.records);
        assertEquals(3, sink.skipped.size());
        for (SkippedRecord s : sink.skipped) {
            assertEquals(0, s.line());
            assertTrue(s.reason().startsWith("binary content"), s.reason());
        }
    }

    @Test
    void unknownTextAndMissingPaths() throws IOException {
        Path f = write("notes.md", "# Some notes\n\nNothing to see here.\n");
        Path missing = tmp.resolve("does-not-exist.txt");
        ReadSummary.Collecting sink = read(f, missing);
        assertEquals(List.of(), sink.records);
        assertEquals(2, sink.skipped.size());
        assertTrue(sink.skipped.get(0).reason().startsWith("unrecognised corpus format"), sink.skipped.get(0).reason());
        assertTrue(sink.skipped.get(0).message().contains("# Some notes"));
        assertEquals("no such file or folder", sink.skipped.get(1).reason());
        assertEquals(missing.toString(), sink.skipped.get(1).source());
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderIgnoringHiddenFiles() throws IOException {
        write("corpus/z/inner.txt", "Abstract:In a subfolder.\n");
        write("corpus/b.txt", "Abstract:Second file.\n");
        write("corpus/a.txt", "Abstract:First file.\n");
        writeBytes("corpus/m.jsonl.gz", gzip("{\"id\": \"2501.00010v1\", \"abstract\": \"Gzipped JSON.\"}\n"
                .getBytes(StandardCharsets.UTF_8)));
        write("corpus/.hidden.txt", "Abstract:Must not be read.\n");
        write("corpus/.git/HEAD.txt", "Abstract:Must not be read either.\n");
        write("corpus/y/.DS_Store", "\0\0binary");
        ReadSummary.Collecting sink = read(tmp.resolve("corpus"));
        assertEquals(List.of(), sink.skipped);
        assertEquals(List.of("a.txt", "b.txt", "m.jsonl.gz", "inner.txt"),
                sink.records.stream().map(PaperRecord::source).toList());
        assertEquals(List.of("a.t-01", "b.t-01", "2501.00010", "inn-01"),
                sink.records.stream().map(PaperRecord::recordId).toList());
        assertEquals(List.of(tmp.resolve("corpus/a.txt"), tmp.resolve("corpus/b.txt"), tmp.resolve("corpus/m.jsonl.gz"),
                tmp.resolve("corpus/z/inner.txt")), CorpusInput.files(tmp.resolve("corpus"), sink));
    }

    // ---------- Daily Papers dumps ----------

    @Test
    void dailyDumpCutMidRecord() throws IOException {
        // 004: records at lines 13, 21, 29, 37 (Blu-WERP: title 37, abstract 39, authors 41, · 42, date 43)
        String name = "004_f4c181a3e0adb0df.txt";
        // cut after the abstract, before the author line; the last line has no newline
        ReadSummary.Collecting a = read(write("401.txt", String.join("\n", seedLines(name, 1, 39))));
        assertEquals(List.of("401-01", "401-02", "401-03"), a.records.stream().map(PaperRecord::recordId).toList());
        assertEquals(1, a.skipped.size());
        assertEquals(37, a.skipped.get(0).line());
        assertTrue(a.skipped.get(0).message().contains("ends mid-record"), a.skipped.get(0).reason());
        assertTrue(a.skipped.get(0).message().contains("Blu-WERP"), a.skipped.get(0).reason());

        // cut in the middle of the abstract line
        List<String> lines = new ArrayList<>(seedLines(name, 1, 39));
        lines.set(38, lines.get(38).substring(0, 700));
        ReadSummary.Collecting b = read(write("402.txt", String.join("\n", lines)));
        assertEquals(3, b.records.size());
        assertEquals(1, b.skipped.size());
        assertEquals(37, b.skipped.get(0).line());

        // cut after the author count line and after the "·"
        for (int end : new int[] {41, 42}) {
            ReadSummary.Collecting c = read(write("40" + end + ".txt", String.join("\n", seedLines(name, 1, end)) + "\n"));
            assertEquals(3, c.records.size());
            assertEquals(1, c.skipped.size(), c.skipped::toString);
            assertEquals(37, c.skipped.get(0).line());
            assertTrue(c.skipped.get(0).message().contains("author/date block"), c.skipped.get(0).reason());
        }

        // cut before the first record is complete: still recognised from its heading, the record reported
        ReadSummary.Collecting e = read(write("404.txt", String.join("\n", seedLines(name, 1, 15))));
        assertEquals(List.of(), e.records);
        assertEquals(1, e.skipped.size(), e.skipped::toString);
        assertEquals(13, e.skipped.get(0).line());
        assertTrue(e.skipped.get(0).message().contains("Dialogue Benchmark Generation"), e.skipped.get(0).reason());

        // a complete dump up to the date line is complete: nothing skipped
        ReadSummary.Collecting d = read(write("403.txt", String.join("\n", seedLines(name, 1, 43))));
        assertEquals(4, d.records.size());
        assertEquals(List.of(), d.skipped);
        assertEquals("--11-22", d.records.get(3).date());
    }

    @Test
    void malformedAuthorDateBlocksSkipOneRecordOnly() throws IOException {
        List<String> lines = new ArrayList<>(seedLines(DAILY, 1, 43));
        // record 2 (title at 21): no "·" line; record 3 (title at 29): "Feb 30, 2023" is no date
        lines.set(25, "");
        lines.set(34, "Feb 30, 2023");
        ReadSummary.Collecting sink = read(write("500.txt", String.join("\n", lines) + "\n"));
        assertEquals(List.of("Yell At Your Robot: Improving On-the-Fly from Language Corrections",
                        "What's in a Prior? Learned Proximal Networks for Inverse Problems"),
                sink.records.stream().map(PaperRecord::title).toList());
        assertEquals(List.of("500-01", "500-02"), sink.records.stream().map(PaperRecord::recordId).toList());
        assertEquals(2, sink.skipped.size(), sink.skipped::toString);
        assertEquals(21, sink.skipped.get(0).line());
        assertTrue(sink.skipped.get(0).message().contains("expected \"\u00B7\""), sink.skipped.get(0).reason());
        assertEquals(29, sink.skipped.get(1).line());
        assertTrue(sink.skipped.get(1).message().contains("expected a date line"), sink.skipped.get(1).reason());
    }

    @Test
    void twoConcatenatedDumpsChromeInTheMiddleIsIgnored() throws IOException {
        String both = Files.readString(SEEDS.resolve(DAILY)) + "\n\n"
                + Files.readString(SEEDS.resolve("004_f4c181a3e0adb0df.txt"));
        ReadSummary.Collecting sink = read(write("cat.txt", both));
        assertEquals(65, sink.records.size());
        assertEquals(1, sink.skipped.size()); // MathSE, as in the seed file itself
        assertEquals("cat-46", sink.records.get(45).recordId());
        assertEquals("Dialogue Benchmark Generation from Knowledge Graphs with Cost-Effective Retrieval-Augmented LLMs",
                sink.records.get(45).title());
        assertEquals("--01-16", sink.records.get(45).date());
    }

    @Test
    void multiLineAbstractAndSpacing() throws IOException {
        String text = String.join("\n",
                "Daily Papers", "", "Dec 9", "", "",
                "A Title? With Punctuation", "",
                "First paragraph of the abstract, long enough to count as prose for sure: it goes on and on about models.",
                "",
                "Second paragraph of the abstract is shorter and ends the text.",
                "", "", "  \u2022 2 authors", "\u00B7", "Mar 21, 2024 12", "");
        ReadSummary.Collecting sink = read(write("600.txt", text));
        assertEquals(List.of(), sink.skipped);
        assertEquals(1, sink.records.size());
        PaperRecord r = sink.records.get(0);
        assertEquals("A Title? With Punctuation", r.title());
        assertEquals(6, r.line());
        assertTrue(r.abstractText().startsWith("First paragraph"));
        assertTrue(r.abstractText().endsWith("\nSecond paragraph of the abstract is shorter and ends the text."));
        assertEquals(2, r.authorCount());
        assertEquals("2024-03-21", r.date());
        assertEquals(12, r.upvotes());
    }

    @Test
    void dateLines() {
        assertEquals(new DailyPapersReader.DateLine("2024-03-19", null), DailyPapersReader.parseDateLine("Mar 19, 2024"));
        assertEquals(new DailyPapersReader.DateLine("--01-14", null), DailyPapersReader.parseDateLine("Jan 14"));
        assertEquals(new DailyPapersReader.DateLine("2024-03-21", 3), DailyPapersReader.parseDateLine("Mar 21, 2024 3"));
        assertEquals(new DailyPapersReader.DateLine("--02-29", 1), DailyPapersReader.parseDateLine("Feb 29 1"));
        assertNull(DailyPapersReader.parseDateLine("Feb 30"));
        assertNull(DailyPapersReader.parseDateLine("Feb 29, 2023"));
        assertNull(DailyPapersReader.parseDateLine("Subscribe"));
        assertNull(DailyPapersReader.parseDateLine("Daily Papers"));
    }
}
