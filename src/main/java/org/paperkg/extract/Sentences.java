package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitter: a sentence ends at '.', '!' or '?' (optionally followed by closing quotes or
 * brackets) that is followed by white space and an upper-case letter, digit or opening bracket, unless the period
 * belongs to a known abbreviation ("e.g.", "i.e.", "et al.", "Fig.", "vs."), an initial ("J. Smith") or a number
 * ("3.2x" never splits since no white space follows). Kept behind {@link #spans(String)} so that a statistical
 * splitter can replace it.
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

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "al", "fig", "figs", "eq", "eqs", "vs", "cf", "etc", "approx", "no", "nos", "sec", "ref",
            "refs", "dr", "mr", "ms", "prof", "st", "resp", "tab", "viz", "incl", "ca", "ibid", "inc", "ltd", "co",
            "e.t.c", "w.r.t", "a.k.a", "u.s", "ph.d", "jr", "sr", "vol", "pp", "ch", "app", "et");

    private Sentences() {
    }

    /** Sentence spans of {@code text} as [start, end) offset pairs. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Span s : split(text)) out.add(new int[]{s.start(), s.end()});
        return out;
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        int n = text.length();
        int start = skipBlanks(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) end++;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (end >= n) break;
                if (Character.isWhitespace(text.charAt(end))) {
                    int next = skipBlanks(text, end);
                    if (next < n && startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, i))) {
                        out.add(new Span(start, trimEnd(text, start, end)));
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) {
            int e = trimEnd(text, start, n);
            if (e > start) out.add(new Span(start, e));
        }
        return out;
    }

    /** The span containing {@code offset}, or null. */
    public static Span containing(List<Span> spans, int offset) {
        for (Span s : spans) if (s.contains(offset)) return s;
        return null;
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '[' || c == '"' || c == '\u201c'
                || Character.isTitleCase(c);
    }

    /** True when the period at {@code dot} ends an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int j = dot;
        while (j > 0 && !Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '(') j--;
        String word = text.substring(j, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word)) return true;
        // single upper-case initial ("J. Smith"), but not a sentence ending in a one-letter symbol after a number
        String orig = text.substring(j, dot);
        return orig.length() == 1 && Character.isUpperCase(orig.charAt(0)) && !(dot >= 2 && Character.isDigit(text.charAt(dot - 2)));
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
