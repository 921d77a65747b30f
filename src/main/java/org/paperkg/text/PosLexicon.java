package org.paperkg.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How often OpenNLP's English part-of-speech tagger gave each Universal tag (NOUN, VERB, ADP, ...) to a word over real
 * abstracts, made reproducibly by {@link PosLexiconGenerator}: {@code ontology/text/pos-words.tsv} per word (lower
 * case), and {@code ontology/text/pos-endings.tsv} per shape and ending of rare words, for words not listed.
 *
 * <p>Why: running the tagger over every abstract cost half the extraction time, yet most words get the same kind of
 * tag nearly always ("the", "we", "propose", "neural"); only for the words whose tags are split ("design", "dialogue",
 * "L2") is the tagger's reading of the sentence worth its cost. {@link #share} tells which case a word is. Immutable,
 * so thread-safe.
 */
public final class PosLexicon {
    /**
     * A word as tagged: letters and digits, with inner dots, apostrophes and pluses, and hyphenated parts
     * ("few-shot", "GPT-3.5"). The text between words is tagged as single punctuation marks ({@link #PUNCT}).
     */
    public static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.'+]*[\\p{L}\\p{N}+])?(?:-[\\p{L}\\p{N}]+(?:[.][\\p{N}]+)?)*");
    public static final Pattern PUNCT = Pattern.compile("[^\\s\\p{L}\\p{N}]");

    /**
     * The start of the first {@link #WORD} at or after {@code from}, or -1: a word starts at any letter or number,
     * which is what that pattern's search finds. Hand-written, with {@link #wordEnd}, because the pattern's search
     * (a match tried at every char) was about 4% of the extraction workers' time.
     */
    public static int wordStart(CharSequence text, int from) {
        for (int i = from, n = text.length(); i < n; ) {
            int cp = Character.codePointAt(text, i);
            if (CharClasses.letterOrNumber(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The end of the {@link #WORD} that starts at {@code start} (a letter or number), as the pattern matches it. */
    public static int wordEnd(CharSequence text, int start) {
        int n = text.length();
        int i = start + Character.charCount(Character.codePointAt(text, start));
        // [\p{L}\p{N}.'+]*[\p{L}\p{N}+]: the run of such chars, given back to its last letter, number or plus
        int end = i;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            boolean strong = CharClasses.letterOrNumber(cp) || cp == '+';
            if (!strong && cp != '.' && cp != '\'') break;
            i += Character.charCount(cp);
            if (strong) end = i;
        }
        // (?:-[\p{L}\p{N}]+(?:[.][\p{N}]+)?)*
        while (end + 1 < n && text.charAt(end) == '-' && CharClasses.letterOrNumber(Character.codePointAt(text, end + 1))) {
            int j = end + 1;
            while (j < n && CharClasses.letterOrNumber(Character.codePointAt(text, j))) j += Character.charCount(Character.codePointAt(text, j));
            if (j + 1 < n && text.charAt(j) == '.' && CharClasses.number(Character.codePointAt(text, j + 1))) {
                j++;
                while (j < n && CharClasses.number(Character.codePointAt(text, j))) j += Character.charCount(Character.codePointAt(text, j));
            }
            end = j;
        }
        return end;
    }

    /** A word must be seen this often to be listed; rarer words teach the ending table instead. */
    static final int MIN_WORD_COUNT = 3;
    /** Longest ending the ending table knows. */
    static final int MAX_ENDING = 3;

    /** Tag counts of one word or ending, as parallel arrays. */
    private record Counts(String[] tags, int[] counts, int total) {
        static Counts of(Map<String, Integer> m) {
            String[] t = new String[m.size()];
            int[] c = new int[m.size()];
            int i = 0, total = 0;
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                t[i] = e.getKey();
                c[i] = e.getValue();
                total += c[i++];
            }
            return new Counts(t, c, total);
        }
    }

    private final Map<String, Counts> words;
    private final Map<String, Counts> endings;

    /** Both maps: key (word, or {@link #endingKey}) to the count of each tag. */
    PosLexicon(Map<String, Map<String, Integer>> words, Map<String, Map<String, Integer>> endings) {
        this.words = counts(words);
        this.endings = counts(endings);
    }

    private static Map<String, Counts> counts(Map<String, Map<String, Integer>> in) {
        Map<String, Counts> out = new HashMap<>(in.size() * 2);
        in.forEach((k, v) -> out.put(k, Counts.of(v)));
        return out;
    }

    public static PosLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PosLexicon STANDARD = new PosLexicon(tagCounts("pos-words.tsv"), tagCounts("pos-endings.tsv"));

        private static Map<String, Map<String, Integer>> tagCounts(String file) {
            Map<String, Map<String, Integer>> m = new HashMap<>();
            for (String[] r : TextData.rows(file)) {
                if (r.length != 2) throw new IllegalStateException(file + ": expected key and tag counts: " + String.join("|", r));
                m.put(r[0], parseCounts(r[1]));
            }
            return m;
        }
    }

    /** "NOUN=12 VERB=3" to a map. */
    static Map<String, Integer> parseCounts(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String part : s.split(" ")) {
            int eq = part.lastIndexOf('=');
            m.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
        }
        return m;
    }

    /**
     * The share of the tagger's tags for {@code word} that pass {@code test}, from the word's own counts, else from
     * the longest known ending of its shape; -1 when nothing is known.
     */
    public double share(String word, Predicate<String> test) {
        String lower = word.toLowerCase(Locale.ROOT);
        Counts c = words.get(lower);
        if (c == null) {
            String shape = shape(word);
            for (int n = Math.min(MAX_ENDING, lower.length()); n >= 0 && c == null; n--) c = endings.get(endingKey(shape, lower, n));
        }
        if (c == null || c.total == 0) return -1;
        int pass = 0;
        for (int i = 0; i < c.tags.length; i++) if (test.test(c.tags[i])) pass += c.counts[i];
        return (double) pass / c.total;
    }

    /**
     * The written shape of a word, as far as it tells the part of speech: "d" with a digit ("ResNet50", "4-bit"),
     * "A" for all capitals or inner capitals ("GPU", "LoRA"), "C" capitalised ("Transformer"), "p" for punctuation,
     * "l" otherwise.
     */
    static String shape(String word) {
        boolean digit = false, innerUpper = false, letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c)) letter = true;
            if (i > 0 && Character.isUpperCase(c)) innerUpper = true;
        }
        if (digit) return "d";
        if (!letter) return "p";
        boolean first = Character.isUpperCase(word.charAt(0));
        if (first && innerUpper) return "A";
        return first ? "C" : "l";
    }

    /** Key of the ending table: shape, a colon, and the last {@code n} characters of the lower-cased word. */
    static String endingKey(String shape, String lower, int n) {
        return shape + ":" + lower.substring(lower.length() - n);
    }
}
