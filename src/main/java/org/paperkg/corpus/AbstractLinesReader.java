package org.paperkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * {@link CorpusFormat#ABSTRACT_LINES}: one abstract per line, {@code Abstract:<text>}. Blank lines are ignored;
 * an {@code Abstract:} line with no text, or a non-blank line that is not an {@code Abstract:} line, is skipped
 * with a message. Record ids are {@code <first three characters of the file name>-<position>} where the position
 * counts the abstracts read so far (skipped lines take no position), from 01.
 */
public final class AbstractLinesReader implements CorpusReader {

    static final String PREFIX = "Abstract:";

    @Override
    public void read(String source, BufferedReader in, RecordSink sink) throws IOException {
        int position = 0;
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (!t.startsWith(PREFIX)) {
                sink.skipped(new SkippedRecord(source, lineNo, null,
                        "line does not start with \"" + PREFIX + "\"", "\"" + preview(t) + "\""));
                continue;
            }
            String text = t.substring(PREFIX.length()).strip();
            if (text.isEmpty()) {
                sink.skipped(new SkippedRecord(source, lineNo, null, "no text after \"" + PREFIX + "\""));
                continue;
            }
            position++;
            sink.accept(new PaperRecord(CorpusReader.seedRecordId(source, position), source, lineNo,
                    null, text, null, null, null, null, null, null));
        }
    }

    static String preview(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
