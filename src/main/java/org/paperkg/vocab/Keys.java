package org.paperkg.vocab;

import java.util.Locale;

/** Name normalisation shared by the vocabulary, the generator and the matcher. */
public final class Keys {
    private Keys() {
    }

    /** The gold's matching key: lower-case, letters and digits only ("ResNet-50" and "resnet 50" give "resnet50"). */
    public static String norm(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Letters and digits of {@code s} in their written case: what exact-case matching compares. */
    public static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    /** IRI path segment: lower-case ASCII letters, digits and single hyphens ("ResNet-50" gives "resnet-50"). */
    public static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
            else if (c == '+') b.append("-plus");
            else if (b.length() > 0 && b.charAt(b.length() - 1) != '-' && !Character.isLetterOrDigit(c) && (c < 0x300 || c > 0x36f)) b.append('-');
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        String r = b.toString().replaceAll("-+", "-");
        if (r.startsWith("-")) r = r.substring(1);
        return r.isEmpty() ? "x" + Integer.toHexString(s.hashCode()) : r;
    }

    /** Number of letters in {@code s}. */
    public static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    public static boolean hasLower(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return true;
        return false;
    }

    public static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }

    public static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
