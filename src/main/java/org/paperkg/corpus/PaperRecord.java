package org.paperkg.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One abstract as read from a corpus file, before any clean-up.
 *
 * @param recordId    id of the record within the corpus: {@code <first three characters of the file name>-<position, from 01>}
 *                    for the seed text formats (the gold's ids), the arXiv id for arXiv JSON Lines
 * @param source      file name (not the path) the record came from, e.g. {@code 003_0819c90a21a1acca.txt}
 * @param line        1-based line of the file where the record starts, for error messages
 * @param title       title as written, or null when the format has none
 * @param abstractText abstract as written (LaTeX, line breaks and all)
 * @param arxivId     arXiv identifier without version suffix, or null
 * @param authors     author names when the format lists them (may be empty)
 * @param authorCount number of authors when known (from the list or a "• 8 authors" line), else null
 * @param date        the date as an XSD lexical form: {@code 2024-03-19} (xsd:date), {@code --01-14} (xsd:gMonthDay,
 *                    a date shown without a year), or null
 * @param upvotes     upvote count shown on a daily-papers page, or null
 * @param categories  arXiv categories, primary first (may be empty)
 */
public record PaperRecord(
        String recordId,
        String source,
        long line,
        String title,
        String abstractText,
        String arxivId,
        List<String> authors,
        Integer authorCount,
        String date,
        Integer upvotes,
        List<String> categories) {

    public PaperRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** "file:line (record id)" for messages that must name where a problem is. */
    public String where() {
        return source + ":" + line + " (record " + recordId + ")";
    }
}
