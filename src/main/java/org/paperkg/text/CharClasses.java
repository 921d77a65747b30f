package org.paperkg.text;

/**
 * The character classes the word patterns are written in, {@code \p{L}} and {@code \p{N}}, as plain tests on a code
 * point, for the scanners that replace those patterns' searches (a table-free fast path for ASCII).
 */
public final class CharClasses {
    private CharClasses() {
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    public static boolean letterOrNumber(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        return Character.isLetter(cp) || number(cp);
    }

    /** {@code \p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
    public static boolean number(int cp) {
        if (cp < 128) return cp >= '0' && cp <= '9';
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
