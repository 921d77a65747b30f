package org.paperkg.text;

import java.text.Normalizer;

/**
 * Turns raw abstract text into the text that is stored and that every offset points into. Cleaning happens once,
 * before extraction, so no offset ever needs mapping back; it is idempotent ({@code clean(clean(x)).equals(clean(x))})
 * and faithful: no word is dropped or re-cased. In order:
 * <ol>
 * <li>Unicode NFC; control characters become blanks;</li>
 * <li>LaTeX comments: on a line of its own a comment runs to the line end; in text already flattened to one line
 *     ("We have built %a simple compiler ...") only the '%' goes, since where the comment ended is lost;</li>
 * <li>LaTeX commands and math to what they print ({@link LatexConverter}): "$3.2\times$" → "3.2x", "{\Psi}" → "Ψ";</li>
 * <li>'~': kept as the approximation sign ("~10%") and in ranges ("1.5~5.3x", "7%~18%", "4.6x~6.5x"); elsewhere it is
 *     LaTeX's non-breaking space ("Fig.~3" → "Fig. 3");</li>
 * <li>Unicode dashes and the minus sign → '-', soft hyphens removed, "×" after a number → "x", "∼" → "~";</li>
 * <li>words broken at a line end rejoined ({@link HyphenationRepair});</li>
 * <li>runs of blanks (including non-breaking and thin spaces) → one space; ends stripped.</li>
 * </ol>
 */
public final class TextCleaner {
    private static final HyphenationRepair HYPHENATION = new HyphenationRepair(HyphenLexicon.standard());

    private TextCleaner() {
    }

    public static String clean(String raw) {
        if (raw == null) return null;
        String s = cleanOnce(raw);
        // LaTeX can print LaTeX-like text ("\\$5 ... \\$8" prints two dollar signs that read as math the second time):
        // clean until nothing changes, so that cleaning the stored text again never changes it.
        for (int round = 0; round < 3 && mayHoldLatex(s); round++) {
            String again = cleanOnce(s);
            if (again.equals(s)) break;
            s = again;
        }
        return s;
    }

    private static String cleanOnce(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = dropComments(s);
        if (mayHoldLatex(s)) {
            s = LatexConverter.standard().convert(s);
            s = Normalizer.normalize(s, Normalizer.Form.NFC); // accents arrive as combining marks
        }
        s = tildes(s);
        s = characters(s);
        return HYPHENATION.repair(s);
    }

    private static boolean mayHoldLatex(String s) {
        return s.indexOf('\\') >= 0 || s.indexOf('$') >= 0 || s.indexOf('{') >= 0 || s.indexOf('%') >= 0;
    }

    /** Removes LaTeX comments: a '%' that follows no number and precedes a letter ("%a", "%In this paper"). */
    static String dropComments(String s) {
        if (s.indexOf('%') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '%' && isCommentStart(s, i)) {
                int eol = s.indexOf('\n', i);
                if (eol >= 0) i = eol - 1; // the whole rest of the line, as TeX reads it
                continue;                  // else only the marker: the line break is lost, the words are not
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isCommentStart(String s, int i) {
        if (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1))) return false;
        if (i > 0 && s.charAt(i - 1) == '\\') return false;
        int p = i - 1;
        while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p--;
        if (p < 0) return true;
        char before = s.charAt(p);
        return !Character.isDigit(before) && before != '%';
    }

    /** Keeps '~' as "approximately" and in ranges; turns LaTeX's non-breaking '~' between words into a space. */
    static String tildes(String s) {
        if (s.indexOf('~') < 0) return s;
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] != '~') continue;
            char before = i > 0 ? cs[i - 1] : ' ';
            char after = i + 1 < cs.length ? cs[i + 1] : ' ';
            if (Character.isWhitespace(before) || Character.isWhitespace(after)) continue; // a written tilde
            boolean numberFollows = Character.isDigit(after) || (after == '.' && i + 2 < cs.length && Character.isDigit(cs[i + 2]));
            if (numberFollows && (before == '(' || before == '[' || before == '~' || endsNumber(cs, i))) continue;
            cs[i] = ' ';
        }
        return new String(cs);
    }

    /** True when the text before {@code i} ends a number, maybe with a unit sign: "5", "18%", "4.6x". */
    private static boolean endsNumber(char[] cs, int i) {
        int p = i - 1;
        if (p >= 0 && (cs[p] == '%' || cs[p] == 'x' || cs[p] == 'X' || cs[p] == '\u00d7')) p--;
        return p >= 0 && Character.isDigit(cs[p]);
    }

    /**
     * One pass over the characters: blanks of every kind (and control characters) collapse to one space and the
     * ends are stripped; Unicode dashes and the minus sign become '-'; soft hyphens go; "∼" becomes "~"; "×" right
     * after a digit becomes "x" ("3.2× faster" → "3.2x faster", the way results are written and scored).
     */
    private static String characters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingBlank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (c == '\u00ad') continue;
            if (pendingBlank) {
                out.append(' ');
                pendingBlank = false;
            }
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u2043' || c == '\ufe58' || c == '\ufe63' || c == '\uff0d') {
                c = '-';
            } else if (c == '\u223c') {
                c = '~';
            } else if (c == '\u00d7' && i > 0 && Character.isDigit(s.charAt(i - 1))) {
                c = 'x';
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\u200b' || c == '\ufeff';
    }
}
