package org.paperkg.eval.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.paperkg.cli.Main;

/** {@code paperkg eval-external} as a user runs it, on the hand-made fixtures. */
class EvalExternalCommandTest {
    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsOneTablePerCorpus() {
        Run r = run("eval-external", "--gsap", Fixtures.path("gsap-mini.jsonl").toString(),
                "--scierc", Fixtures.path("scierc-mini.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)GSAP-NER\ncategory .*\nMethod .*\nModel .*\nDataset .*\nTask .*\nentities .*"
                + "\\(2 records, 10 gold entities.*\n\nSciERC\ncategory .*\nMethod .*\nTask .*\nentities .*\nDataset \\* .*"
                + "\\(2 records, 7 gold entities.*"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void verboseListsEveryMissAndFalseHitUnderItsRecord() {
        Run r = run("eval-external", "--scierc", Fixtures.path("scierc-mini.json").toString(), "--verbose");
        assertEquals(0, r.code(), r.err());
        String[] parts = r.out().split("\\(misses found under another[^\n]*\n", 2);
        assertEquals(2, parts.length, r.out());
        int misses = 0, falseHits = 0;
        for (String line : parts[1].split("\n")) {
            if (line.isEmpty()) continue;
            if (line.startsWith("  - ")) misses++;
            else if (line.startsWith("  + ")) falseHits++;
            else assertTrue(line.equals("MINI_2024_1_abs") || line.equals("MINI_2024_2_abs"), line);
            if (line.startsWith("  ")) assertTrue(line.matches("  [-+] (Method|Task|Dataset): .+"), line);
        }
        int fn = 0, fp = 0;
        for (String row : r.out().split("\n")) {
            if (row.matches("(Method|Task|Dataset \\*) .*")) {
                String[] f = row.replace(" *", "").trim().split("\\s+");
                fp += Integer.parseInt(f[2]);
                fn += Integer.parseInt(f[3]);
            }
        }
        assertEquals(fn, misses, r.out());
        assertEquals(fp, falseHits, r.out());
    }

    @Test
    void badRecordsAreReportedAndTheRestIsScored() {
        Run r = run("eval-external", "--gsap", Fixtures.path("gsap-with-bad-records.jsonl").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("gsap-with-bad-records.jsonl:2 (record mini-bad.txt|text_unit_0): skipped: entity 1"), r.err());
        assertTrue(r.out().contains("(2 records, 10 gold entities"), r.out());
        assertTrue(r.out().contains("2 records skipped"), r.out());
    }

    @Test
    void userMistakesAreOneLine() {
        Run none = run("eval-external");
        assertEquals(1, none.code());
        assertEquals("paperkg eval-external: error: give at least one corpus: --gsap FILE and/or --scierc FILE\n", none.err());
        Run missing = run("eval-external", "--scierc", "no/such/test.json");
        assertEquals(1, missing.code());
        assertEquals("paperkg eval-external: error: SciERC file not found: no/such/test.json\n", missing.err());
    }
}
