package org.paperkg.text;

import java.util.Locale;

/**
 * Rejoins words broken at a line end when the abstract was copied from a PDF: "embed-ded", "embed- ded",
 * "re-source-limited" → "resource-limited", "bina-ry/ternary" → "binary/ternary". A pair is joined only when the
 * whole word is common and the hyphenated pair is not ({@link HyphenLexicon}), so compounds authors write with a
 * hyphen ("pre-trained", "multi-head", "state-of-the-art", "co-design") and names with digits or capitals inside
 * ("Llama-2", "GPT-4o", "Qwen-VL") stay as written. A suspended hyphen ("accuracy- and latency-aware") stays too.
 */
final class HyphenationRepair {
    private final HyphenLexicon lexicon;

    HyphenationRepair(HyphenLexicon lexicon) {
        this.lexicon = lexicon;
    }

    String repair(String s) {
        int hyphen = s.indexOf('-');
        if (hyphen < 0) return s;
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (; hyphen >= 0; hyphen = s.indexOf('-', hyphen + 1)) {
            int leftStart = hyphen;
            while (leftStart > 0 && isLower(s.charAt(leftStart - 1))) leftStart--;
            if (leftStart > 0 && isUpper(s.charAt(leftStart - 1))) leftStart--;
            if (leftStart == hyphen || leftStart < copied || (leftStart > 0 && isWordChar(s.charAt(leftStart - 1)))) continue;
            int rightStart = hyphen + 1;
            if (rightStart < n && s.charAt(rightStart) == ' ') rightStart++;
            int rightEnd = rightStart;
            while (rightEnd < n && isLower(s.charAt(rightEnd))) rightEnd++;
            if (rightEnd == rightStart || (rightEnd < n && isWordChar(s.charAt(rightEnd)))) continue;
            String left = s.substring(leftStart, hyphen);
            String right = s.substring(rightStart, rightEnd);
            if (!lexicon.isBrokenWord(left.toLowerCase(Locale.ROOT), right)) continue;
            if (out == null) out = new StringBuilder(n);
            out.append(s, copied, leftStart).append(left).append(right);
            copied = rightEnd;
            // the right part may start the next pair ("re-source-limited"): its hyphen is checked next
        }
        if (out == null) return s;
        return out.append(s, copied, n).toString();
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
