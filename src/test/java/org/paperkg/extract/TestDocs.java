package org.paperkg.extract;

import java.util.List;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.text.TextCleaner;

final class TestDocs {
    private TestDocs() {
    }

    static Doc doc(String title, String abstractText) {
        PaperRecord r = new PaperRecord("t-01", "t.txt", 1, title, abstractText, null, List.of(), null, null, null, List.of());
        return new Doc(r, TextCleaner.clean(title), TextCleaner.clean(abstractText));
    }

    static Findings run(Doc d, Extractor... extractors) {
        return new ExtractionPipeline(List.of(extractors)).run(d);
    }
}
