package org.paperkg.corpus;

/**
 * Makes text read from a corpus safe to store as an RDF literal. JSON escapes can spell what UTF-8 bytes cannot: a
 * lone surrogate ({@code "\ud800"}) or NUL ({@code "\u0000"}); neither is allowed in an RDF lexical form (RDF
 * strings are sequences of Unicode scalar values, and NUL breaks N-Triples and many stores). Both become U+FFFD,
 * the same mark {@link CorpusInput} leaves for undecodable bytes, so the damage stays visible and offsets stay put.
 */
public final class TextRepair {
    public static final char REPLACEMENT = '\uFFFD';

    private TextRepair() {
    }

    /** {@code s} with unpaired surrogates and NUL replaced by U+FFFD; the same instance when nothing needs it. */
    public static String repair(String s) {
        if (s == null) return null;
        int bad = firstBad(s);
        if (bad < 0) return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, bad);
        for (int i = bad; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                sb.append(REPLACEMENT);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstBad(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (c == 0 || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
