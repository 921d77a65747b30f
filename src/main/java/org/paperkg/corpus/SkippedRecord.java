package org.paperkg.corpus;

/**
 * A record (or a whole file) that could not be read, with enough to find it again.
 *
 * @param source   file path or name
 * @param line     1-based line where the bad record starts, 0 when the problem concerns the whole file
 * @param recordRef the record id when one could be determined, else null
 * @param reason   short human-readable cause, e.g. "abstract is empty", "invalid JSON: Unexpected character"
 */
public record SkippedRecord(String source, long line, String recordRef, String reason) {

    /** One line naming the file, line and record, as printed to users. */
    public String message() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) sb.append(':').append(line);
        if (recordRef != null) sb.append(" (record ").append(recordRef).append(')');
        return sb.append(": skipped: ").append(reason).toString();
    }
}
