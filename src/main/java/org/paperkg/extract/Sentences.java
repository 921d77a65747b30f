package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.text.SentenceSplitter;
import org.paperkg.text.TextSpan;

/**
 * Sentence spans for the extractors, from {@link SentenceSplitter} (OpenNLP's sentence detector with the
 * abbreviations of scientific writing: "e.g.", "et al.", "Fig. 3", "vs." and "3.2x" never end a sentence).
 */
public final class Sentences {

    /** A sentence span: {@code text.substring(start, end)}, trimmed of surrounding blanks. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private Sentences() {
    }

    /** Sentence spans of {@code text} as [start, end) offset pairs. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Span s : split(text)) out.add(new int[]{s.start(), s.end()});
        return out;
    }

    public static List<Span> split(String text) {
        List<TextSpan> found = SentenceSplitter.sentences(text);
        List<Span> out = new ArrayList<>(found.size());
        for (TextSpan s : found) out.add(new Span(s.start(), s.end()));
        return out;
    }

    /** The span containing {@code offset}, or null. */
    public static Span containing(List<Span> spans, int offset) {
        for (Span s : spans) if (s.contains(offset)) return s;
        return null;
    }
}
