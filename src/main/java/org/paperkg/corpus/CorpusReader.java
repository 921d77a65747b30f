package org.paperkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads one corpus file of a known {@link CorpusFormat}, line by line, sending each record to the sink.
 * A bad record is reported through {@link RecordSink#skipped} and reading goes on; only an I/O failure of the
 * underlying stream is thrown (the caller reports it and keeps what was delivered before).
 * Implementations keep no state between calls, so one instance can read many files.
 */
public interface CorpusReader {

    /**
     * @param source file name (not the path) used as {@link PaperRecord#source()} and in skip messages;
     *               the seed formats derive record ids from its first three characters
     * @param in     the decoded text, positioned at the start of the file
     * @param sink   receives records and skips
     */
    void read(String source, BufferedReader in, RecordSink sink) throws IOException;

    /** First three characters of the file name (the whole name when shorter), the seed-format id prefix. */
    static String idPrefix(String source) {
        return source.length() <= 3 ? source : source.substring(0, 3);
    }

    /** Seed-format record id: {@code <prefix>-<position>}, position at least two digits. */
    static String seedRecordId(String source, int position) {
        return idPrefix(source) + "-" + (position < 10 ? "0" + position : Integer.toString(position));
    }
}
