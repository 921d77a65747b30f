package org.paperkg.corpus;

/**
 * A record (or a whole file) that could not be read, with enough to find it again. The reason is a stable category
 * (what a build summary counts by); what varies per record (a title, the offending text, a parser message) is the
 * detail, shown only in {@link #message()}.
 *
 * @param source   file path or name
 * @param line     1-based line where the bad record starts, 0 when the problem concerns the whole file
 * @param recordRef the record id when one could be determined, else null
 * @param reason   short human-readable cause, the same for every record with this problem, e.g. "abstract is empty",
 *                 "invalid JSON"
 * @param detail   what is particular to this record (may be null), e.g. the parser's message or the title
 */
public record SkippedRecord(String source, long line, String recordRef, String reason, String detail) {

    public SkippedRecord(String source, long line, String recordRef, String reason) {
        this(source, line, recordRef, reason, null);
    }

    /** One line naming the file, line and record, as printed to users. */
    public String message() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) sb.append(':').append(line);
        if (recordRef != null) sb.append(" (record ").append(recordRef).append(')');
        sb.append(": skipped: ").append(reason);
        if (detail != null && !detail.isBlank()) sb.append(": ").append(detail);
        return sb.toString();
    }
}
