package org.paperkg.extract;

import java.util.List;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.text.TextCleaner;

/**
 * Cleans a record's text and runs the extractors over it in order. Thread-safe when its extractors are.
 */
public final class ExtractionPipeline {
    private final List<Extractor> extractors;

    public ExtractionPipeline(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static Doc toDoc(PaperRecord record) {
        return new Doc(record, TextCleaner.clean(record.title()), TextCleaner.clean(record.abstractText()));
    }

    public Findings run(Doc doc) {
        Findings findings = new Findings();
        for (Extractor e : extractors) {
            e.extract(doc, findings);
        }
        return findings;
    }

    public List<Extractor> extractors() {
        return extractors;
    }
}
