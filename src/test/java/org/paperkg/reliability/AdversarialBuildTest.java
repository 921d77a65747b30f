package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.Main;
import org.paperkg.corpus.CorpusInput;
import org.paperkg.corpus.ReadSummary;
import org.paperkg.store.GraphValidator;
import org.paperkg.store.KgStore;

/**
 * {@code paperkg build} on a folder of hostile files, end to end: every good record lands, every bad one is reported
 * with its file and line, the summary counts skips by kind, and the store that results opens, holds only valid IRIs
 * and literals, and conforms to ontology/shapes.ttl.
 */
class AdversarialBuildTest {
    @TempDir
    Path tmp;

    record Run(int code, String err) {}

    static synchronized Run build(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    static String json(String id, String abs) {
        return "{\"id\":\"" + id + "\",\"title\":\"T " + id + "\",\"abstract\":\"" + abs + "\"}";
    }

    @Test
    void hostileFolderBuildsAValidStoreWithEveryGoodRecord() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a_empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[10] = 0;
        Files.write(in.resolve("b_binary.bin"), noise);

        // Abstract lines: 3 good (one with invalid UTF-8 bytes, one with RTL, combining marks, emoji), 2 bad.
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.write("Abstract: We run ResNet-50 on an FPGA and report a 3.2x speedup over a Titan X GPU.\n".getBytes(StandardCharsets.UTF_8));
        lines.write("Abstract:\n".getBytes(StandardCharsets.UTF_8));
        lines.write("Abstract: Broken bytes \u0000".replace("\u0000", "").getBytes(StandardCharsets.UTF_8));
        lines.write(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xed, (byte) 0xa0, (byte) 0x80});
        lines.write(" in a BERT model trained on SQuAD.\n".getBytes(StandardCharsets.UTF_8));
        lines.write("stray line that is not an abstract\n".getBytes(StandardCharsets.UTF_8));
        lines.write(("Abstract: \u202eRTL override \u05e9\u05dc\u05d5\u05dd, e\u0301\u0301\u0301 combining, emoji \uD83D\uDE80"
                + "\uD83D\uDC69\u200d\uD83D\uDCBB and {braces} <angles> \"quotes\" \\backslash on a Jetson TX2.\n").getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("c_lines.txt"), lines.toByteArray());

        // JSON Lines: 3 good papers (+1 duplicate record), wrong types, missing fields, invalid JSON, a 20 MB line.
        String big = "{\"id\":\"9902.00009\",\"abstract\":\"" + "a".repeat(20 * 1024 * 1024); // never closed
        Files.writeString(in.resolve("d_arxiv.jsonl"), String.join("\n", List.of(
                json("9902.00001", "We evaluate VGG-16 on ImageNet with a TPU."),
                json("9902.00002", "NUL \\u0000 and a lone surrogate \\ud800 and \\udc00 inside, on CIFAR-10."),
                "{\"id\":\"9902.00003\",\"abstract\":[\"not a string\"]}",
                "{\"id\":17,\"abstract\":\"id is a number\"}",
                "{\"title\":\"no id\",\"abstract\":\"text\"}",
                "{\"id\":\"9902.00004\",\"title\":\"no abstract\"}",
                "{\"id\":\"9902.00005\",\"abstract\":\"   \"}",
                "{not json at all",
                "{\"id\":\"9902.00007\",\"abstract\":\"An unterminated string",
                big,
                json("9902.00006 {weird} \\\"id\\\" <x>", "An id with spaces, braces and quotes on an FPGA."))) + "\n");

        // The same paper again, in another file (a later snapshot): merged, not doubled.
        Files.writeString(in.resolve("d_arxiv_again.jsonl"), json("9902.00001", "We evaluate VGG-16 on ImageNet with a TPU.") + "\n");

        // A gzip cut in half: the records before the break land.
        Path full = GeneratedCorpus.write(tmp.resolve("gen.jsonl"), 200);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            Files.copy(full, o);
        }
        byte[] gzBytes = gz.toByteArray();
        Files.write(in.resolve("e_trunc.jsonl.gz"), java.util.Arrays.copyOf(gzBytes, gzBytes.length / 2));

        // A page dump cut mid-record.
        List<String> page = Files.readAllLines(Path.of("seeds/003_0819c90a21a1acca.txt"));
        Files.write(in.resolve("f_daily.txt"), page.subList(0, Math.min(page.size(), 45)));
        Files.writeString(in.resolve("f_daily.txt"), "A title cut here\nThe abstract of a record whose author block "
                + "never comes, because the dump was cut right here in the middle.\n", java.nio.file.StandardOpenOption.APPEND);

        ReadSummary gzRead = new ReadSummary();
        CorpusInput.readFile(in.resolve("e_trunc.jsonl.gz"), gzRead);
        ReadSummary dailyRead = new ReadSummary();
        CorpusInput.readFile(in.resolve("f_daily.txt"), dailyRead);
        assertTrue(gzRead.records() > 0 && gzRead.records() < 200, gzRead.report());
        assertTrue(dailyRead.records() > 0, dailyRead.report());

        Path db = tmp.resolve("db");
        Run run = build("build", "--db", db.toString(), in.toString());
        assertEquals(0, run.code(), run.err());

        // Every bad record is named with file and line.
        String err = run.err();
        for (String expected : List.of("a_empty.txt: skipped: empty file", "b_binary.bin: skipped: binary content",
                "c_lines.txt:2: skipped: no text after", "c_lines.txt:4: skipped: line does not start with",
                "d_arxiv.jsonl:3 (record 9902.00003): skipped: field \"abstract\" should be a string",
                "d_arxiv.jsonl:4: skipped:", "d_arxiv.jsonl:5: skipped: missing arXiv id",
                "d_arxiv.jsonl:6 (record 9902.00004): skipped: missing abstract",
                "d_arxiv.jsonl:7 (record 9902.00005): skipped: abstract is empty",
                "d_arxiv.jsonl:8: skipped: invalid JSON", "d_arxiv.jsonl:9: skipped: invalid JSON",
                "d_arxiv.jsonl:10: skipped: invalid JSON",
                "e_trunc.jsonl.gz:", "skipped: file truncated or damaged",
                "f_daily.txt:", "skipped: the file ends mid-record")) {
            assertTrue(err.contains(expected), "missing '" + expected + "' in:\n" + err);
        }
        // The summary counts by kind: no per-record title or text in it.
        String summary = err.lines().filter(l -> l.startsWith("paperkg build: read")).findFirst().orElseThrow();
        assertTrue(summary.contains("invalid JSON=3"), summary);
        assertTrue(!summary.contains("A title cut here"), summary);

        long goodLines = 3, goodJsonPapers = 3, duplicateRecords = 1; // d_arxiv_again.jsonl repeats 9902.00001
        long expectedPapers = goodLines + goodJsonPapers + gzRead.records() + dailyRead.records();
        assertTrue(summary.contains("read " + (expectedPapers + duplicateRecords) + " records"), summary);
        try (KgStore kg = KgStore.open(db)) {
            assertEquals(expectedPapers, kg.stats().get("papers"));
            assertAllTermsValid(kg.dataset());
            var report = GraphValidator.validate(kg.dataset());
            assertTrue(report.conforms(), () -> org.apache.jena.shacl.ShaclValidator.class.getSimpleName() + ":\n"
                    + report.getEntries().stream().limit(5).map(Object::toString).toList());
        }
    }

    /**
     * The same arXiv id twice in one file (a snapshot listing v1 and v2, with a corrected title) is one paper, read
     * from two source records; the first reading's title stands (shapes.ttl allows one title, one line per record).
     */
    @Test
    void duplicateIdInOneFileStillConforms() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("dup"));
        Files.writeString(in.resolve("v.jsonl"), json("9903.00001", "We evaluate VGG-16 on ImageNet with a TPU.") + "\n"
                + json("9903.00001v2", "We evaluate VGG-16 on ImageNet with a TPU.") + "\n");
        Path db = tmp.resolve("db3");
        assertEquals(0, build("build", "--db", db.toString(), in.toString()).code());
        try (KgStore kg = KgStore.open(db)) {
            assertEquals(1L, kg.stats().get("papers"));
            assertTrue(GraphValidator.validate(kg.dataset()).conforms());
        }
    }

    @Test
    void nothingUsableIsAnErrorAndLeavesAnEmptyValidStore() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("bad"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("x.jsonl"), "{\"id\":1}\n{oops\n");
        Path db = tmp.resolve("db2");
        Run run = build("build", "--db", db.toString(), in.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("read 0 records, skipped 3"), run.err());
        try (KgStore kg = KgStore.open(db)) {
            assertEquals(0L, kg.stats().get("papers"));
        }
    }

    static void assertAllTermsValid(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) RdfValidity.assertValidIri(n.getURI());
                else if (n.isLiteral()) RdfValidity.assertValidLexicalForm(n.getLiteralLexicalForm());
            }
        }));
    }
}
