package org.paperkg.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two names must share to be the same name: lower case, letters and digits only, after Unicode
 * compatibility folding ("ResNet-50", "ResNet50" and "resnet 50" all give "resnet50"). This is the matching rule
 * of the gold guidelines, and what entity IRIs are minted from.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) return "";
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
