package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.text.CharClasses;

/** A light tokenizer for the pattern extractors: words (with inner hyphens, dots, digits) and single punctuation marks. */
final class TextTokens {
    /** One token with its offsets in the text it came from. */
    record Tok(String text, int start, int end, boolean word) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        /** Name-like on its own: CamelCase, ALL-CAPS (2+ letters), letters mixed with digits, or capitalised hyphen parts. */
        boolean strongName() {
            if (!word) return false;
            String t = text;
            boolean letter = false, digit = false;
            int upper = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) letter = true;
                if (Character.isDigit(c)) digit = true;
                if (Character.isUpperCase(c)) upper++;
            }
            if (letter && digit) return !SIZE.matcher(t).matches();
            if (!letter) return false;
            if (upper >= 2) return true;
            // Capitalised hyphen parts: "Self-Lengthen", "Chatty-Gen"
            if (upper >= 1 && t.contains("-")) {
                String[] parts = t.split("-");
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) return true;
                }
            }
            return false;
        }

        boolean capitalised() {
            return word && !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isTitleCase(text.charAt(0)));
        }
    }

    /** Sizes and counts such as "13.4B", "7B", "500M", "3rd" are not names. */
    static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?(?:[KMBTkmbt]|st|nd|rd|th|[Dd])?");
    /**
     * What a token is, as a regex: a letter or number, then letters, numbers and marks, with single inner joiners
     * ({@code - _ . + ' ’}) followed by a letter or number; or any other single non-blank character. {@link #tokenize}
     * is this pattern written as a loop (regex matching was 5% of extraction time); the tests hold the two equal.
     */
    static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|[-_.+'\u2019](?=[\\p{L}\\p{N}]))*|[^\\s\\p{L}\\p{N}]");
    private static final String JOINERS = "-_.+'\u2019";

    private TextTokens() {
    }

    /** The tokens of {@code text[from, to)}: exactly the matches of {@link #TOKEN} within that region. */
    static List<Tok> tokenize(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // a character pair cut by the region's end matches nothing (the pattern reads whole code points)
            if (next > to) break;
            if (CharClasses.letterOrNumber(cp)) {
                int j = next;
                while (j < to) {
                    int c = text.codePointAt(j);
                    int after = j + Character.charCount(c);
                    if (after > to) break;
                    if (CharClasses.letterOrNumber(c) || mark(c)) {
                        j = after;
                    } else if (JOINERS.indexOf(c) >= 0 && j + 1 < to && fitsLetterOrNumber(text, j + 1, to)) {
                        j++;
                    } else {
                        break;
                    }
                }
                out.add(new Tok(text.substring(i, j), i, j, Character.isLetterOrDigit(text.charAt(i))));
                i = j;
            } else {
                // \\s of a Java regex: ASCII blanks only; every other character is a token of its own
                if (!(cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r')) {
                    out.add(new Tok(text.substring(i, next), i, next, Character.isLetterOrDigit(text.charAt(i))));
                }
                i = next;
            }
        }
        return out;
    }

    /** Whether a letter or number starts at {@code i} and ends within {@code to}. */
    private static boolean fitsLetterOrNumber(String text, int i, int to) {
        int c = text.codePointAt(i);
        return i + Character.charCount(c) <= to && CharClasses.letterOrNumber(c);
    }

    /** \\p{M}. */
    private static boolean mark(int cp) {
        if (cp < 128) return false;
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The tokens of {@code text[from, to)}, taken from {@code all} (the tokens of the whole text) when no token there
     * crosses either bound, since then they are exactly what {@link #tokenize(String, int, int)} gives; else
     * tokenised afresh.
     */
    static List<Tok> slice(List<Tok> all, String text, int from, int to) {
        int lo = firstStartingAt(all, from), hi = firstStartingAt(all, to);
        if (lo > 0 && all.get(lo - 1).end() > from || hi > lo && all.get(hi - 1).end() > to) return tokenize(text, from, to);
        return all.subList(lo, hi);
    }

    private static int firstStartingAt(List<Tok> toks, int offset) {
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the first token starting at or after {@code offset}, or size(). */
    static int indexAt(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).start() >= offset) return i;
        return toks.size();
    }
}
