package org.paperkg.extract;

import org.paperkg.corpus.PaperRecord;

/**
 * What extractors read: a record with its cleaned title and abstract. Every offset a finding carries points into
 * {@link #title()} or {@link #text()} exactly as held here, which is also what the graph stores as dcterms:title and
 * dcterms:abstract.
 *
 * @param record the record as read
 * @param title  cleaned title, or null when the record has none
 * @param text   cleaned abstract
 */
public record Doc(PaperRecord record, String title, String text) {

    public String textOf(TextField field) {
        return field == TextField.TITLE ? (title == null ? "" : title) : text;
    }
}
