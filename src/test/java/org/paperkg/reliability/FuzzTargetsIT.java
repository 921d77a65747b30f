package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.paperkg.corpus.AbstractLinesReader;
import org.paperkg.corpus.ArxivJsonlReader;
import org.paperkg.corpus.CorpusReader;
import org.paperkg.corpus.DailyPapersReader;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.ReadSummary;
import org.paperkg.corpus.SkippedRecord;
import org.paperkg.extract.EntityType;
import org.paperkg.link.Iris;
import org.paperkg.text.TextCleaner;

/**
 * Coverage-guided fuzz targets (Jazzer). An *IT so it runs in the failsafe JVM: once Jazzer's agent is loaded it logs
 * every class it instruments to stderr, which would break the surefire tests that check the CLI's stderr.
 * Under {@code ./mvnw verify} each replays its seed inputs from
 * {@code src/test/resources/org/paperkg/reliability/FuzzTargetsITInputs/<method>/} (regression mode); with
 * {@code JAZZER_FUZZ=1} it fuzzes for its {@code maxDuration} (see docs/RELIABILITY.md). Every target asserts the
 * reader's contract, not just "no exception": each record has an abstract and a position, each skip names its file
 * and a reason, and everything minted from the text is a valid IRI / valid RDF literal.
 */
class FuzzTargetsIT {
    private static final String FILE = "000_fuzz.txt";

    @FuzzTest(maxDuration = "2m")
    void abstractLines(byte[] data) throws IOException {
        readAndCheck(new AbstractLinesReader(), data);
    }

    @FuzzTest(maxDuration = "2m")
    void dailyPapers(byte[] data) throws IOException {
        readAndCheck(new DailyPapersReader(), data);
    }

    @FuzzTest(maxDuration = "2m")
    void arxivJsonl(byte[] data) throws IOException {
        readAndCheck(new ArxivJsonlReader(), data);
    }

    @FuzzTest(maxDuration = "2m")
    void cleanAndMint(byte[] data) {
        String raw = Decoding.utf8(data);
        String clean = TextCleaner.clean(raw);
        assertNotNull(clean);
        RdfValidity.assertValidLexicalForm(clean);
        // Not asserted: clean(clean(x)) == clean(x). Jazzer found that it does not hold (TextCleanerFindingsTest).
        RdfValidity.assertValidLexicalForm(TextCleaner.clean(clean));
        for (EntityType t : EntityType.values()) RdfValidity.assertValidIri(Iris.entity(t, raw));
        RdfValidity.assertValidIri(Iris.extractor(raw));
    }

    private static void readAndCheck(CorpusReader reader, byte[] data) throws IOException {
        ReadSummary.Collecting sink = new ReadSummary.Collecting();
        reader.read(FILE, new BufferedReader(new StringReader(Decoding.utf8(data))), sink);
        for (PaperRecord r : sink.records) {
            assertFalse(r.abstractText().isBlank(), "a record always has an abstract: " + r.where());
            assertTrue(r.line() > 0, r.where());
            RdfValidity.assertValidIri(Iris.paper(Iris.paperKey(r)));
            RdfValidity.assertValidIri(Iris.sourceRecord(r));
            RdfValidity.assertValidLexicalForm(TextCleaner.clean(r.abstractText()));
            if (r.title() != null) RdfValidity.assertValidLexicalForm(TextCleaner.clean(r.title()));
        }
        for (SkippedRecord s : sink.skipped) {
            assertTrue(s.message().startsWith(FILE), s.message());
            assertFalse(s.reason().isBlank(), s.message());
        }
    }
}
