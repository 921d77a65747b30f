package org.paperkg.text;

import java.util.HashMap;
import java.util.Map;

/**
 * How often a word is written whole and how often its two halves are written with a hyphen, counted over real
 * abstracts ({@code ontology/text/words.tsv}, {@code ontology/text/hyphenated.tsv}, made by
 * {@link HyphenLexiconGenerator}). This is what tells a broken word ("re-source": 1 against "resource": 3,584)
 * from a compound authors write with a hyphen ("pre-trained": 4,949 against "pretrained": 4,282).
 */
final class HyphenLexicon {
    /** A joined word must be this frequent to count as a word at all. */
    static final int MIN_WORD_COUNT = 5;
    /** Join only when the whole word is this many times more frequent than the hyphenated pair. */
    static final int JOIN_RATIO = 20;

    private final Map<String, Integer> words;
    private final Map<String, Integer> hyphenated;

    HyphenLexicon(Map<String, Integer> words, Map<String, Integer> hyphenated) {
        this.words = Map.copyOf(words);
        this.hyphenated = Map.copyOf(hyphenated);
    }

    static HyphenLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final HyphenLexicon STANDARD = new HyphenLexicon(counts("words.tsv"), counts("hyphenated.tsv"));

        private static Map<String, Integer> counts(String file) {
            Map<String, Integer> m = new HashMap<>();
            for (String[] r : TextData.rows(file)) {
                if (r.length != 2) throw new IllegalStateException(file + ": expected word and count: " + String.join("|", r));
                m.put(r[0], Integer.parseInt(r[1]));
            }
            return m;
        }
    }

    /** True when "{@code left}-{@code right}" (lower case) is a word broken across a line rather than a compound. */
    boolean isBrokenWord(String left, String right) {
        int whole = words.getOrDefault(left + right, 0);
        if (whole < MIN_WORD_COUNT) return false;
        int split = hyphenated.getOrDefault(left + "-" + right, 0);
        return whole >= JOIN_RATIO * Math.max(1, split);
    }
}
