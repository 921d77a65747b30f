package org.paperkg.extract;

/**
 * Folds case the way a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares single chars
 * ({@code toLowerCase(toUpperCase(c))}), one char for one char, so offsets are kept. A pattern made from a literal
 * phrase can only match where the folded text contains the folded literal: testing that first ({@link String#contains})
 * rules out most cue patterns for a sentence without running them, and never rules out one that would match.
 */
final class CaseFold {
    private CaseFold() {
    }

    static String fold(CharSequence s, int from, int to) {
        char[] c = new char[to - from];
        for (int i = from; i < to; i++) c[i - from] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return new String(c);
    }

    static String fold(CharSequence s) {
        return fold(s, 0, s.length());
    }

    /**
     * The longest blank-free piece of a cue phrase (a trailing '*' prefix marker dropped), folded: any match of the
     * cue's pattern contains it.
     */
    static String requiredPiece(String cue) {
        String c = withoutPrefixMark(cue);
        String longest = "";
        for (String w : c.trim().split("\\s+")) if (w.length() > longest.length()) longest = w;
        return fold(longest);
    }

    /**
     * The first blank-free piece of a cue phrase (a trailing '*' dropped), folded: any match of the cue's pattern
     * begins with it. Null when the cue begins with a blank, whose pattern then begins with a run of blanks.
     */
    static String leadingPiece(String cue) {
        String c = withoutPrefixMark(cue);
        if (c.isEmpty() || Character.isWhitespace(c.charAt(0))) return null;
        int end = 0;
        while (end < c.length() && !Character.isWhitespace(c.charAt(end))) end++;
        return fold(c.substring(0, end));
    }

    /** The cue without the trailing '*' that makes its last word a prefix. */
    private static String withoutPrefixMark(String cue) {
        return cue.endsWith("*") ? cue.substring(0, cue.length() - 1) : cue;
    }
}
