package org.paperkg.extract;

import org.paperkg.vocab.Keys;
import org.paperkg.vocab.VocabEntry;
import org.paperkg.vocab.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds vocabulary names in titles and abstracts with one trie over every label, walked from each word start.
 *
 * <p>Text and labels are folded the same way before matching: lower case; spaces, hyphens, underscores and dashes
 * become one space; a space is put between letters and digits ("ResNet50", "ResNet-50" and "resnet 50" all fold to
 * "resnet 50"). Hyphenated labels also match written solid ("pre-training" matches "pretraining"), and a "v" before a
 * version number may be joined or not ("MobileNetV2", "MobileNet v2").
 *
 * <p>Rules: a match must start and end at a word boundary of the original text; a plural "s" may follow for labels
 * ending in a letter (not for datasets); short names (at most five letters in one letter group, with a capital, such as
 * "GPU", "MAC", "CoT", "Adam") and names flagged {@code kg:matchCase} match only with their exact written case;
 * names on the stoplist are never matched unless curated; the longest match wins and mentions never overlap. One
 * instance is immutable after construction, so {@link #extract} is thread-safe.
 */
public final class VocabularyExtractor implements Extractor {
    public static final String NAME = "vocabulary";

    /** One label of one entry, as the trie knows it. */
    private record Candidate(VocabEntry entry, String label, boolean exactCase, boolean plural, int rank,
                             String alnum, int separators, double confidence) {
        Candidate(VocabEntry entry, String label, boolean exactCase, boolean plural, int rank) {
            this(entry, label, exactCase, plural, rank, Keys.alnum(label), VocabularyExtractor.separators(label),
                    VocabularyExtractor.confidence(entry, label));
        }
    }

    private final Vocabulary vocabulary;
    private final KeywordTrie trie;
    /** The candidates of each trie keyword (by keyword index), best rank first. */
    private final List<List<Candidate>> candidates;

    public VocabularyExtractor() {
        this(Vocabulary.loadDefault());
    }

    public VocabularyExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (VocabEntry e : vocabulary.entries()) {
            if (e.hasFlag(VocabEntry.NO_MATCH)) continue;
            for (String label : new LinkedHashSet<>(e.labels())) {
                if (!e.curated() && vocabulary.stopped(label)) continue;
                if (Keys.norm(label).length() < 2) continue;
                boolean exact = e.caseFlagged(label) || shortName(label) || Keys.letters(label) > 0 && !Keys.hasLower(label);
                boolean plural = e.type() != EntityType.DATASET && Character.isLetter(label.charAt(label.length() - 1))
                        && (!Keys.hasUpper(label) || !Keys.hasLower(label) || label.contains(" ")
                        || e.type() == EntityType.MODEL_CLASS || e.type() == EntityType.HARDWARE);
                Candidate c = new Candidate(e, label, exact, plural, rank(e));
                for (String key : keys(label)) {
                    if (key.startsWith(" ") || key.endsWith(" ")) throw new IllegalStateException("key with a blank at an end: '" + key + "'");
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(c);
                }
            }
        }
        for (List<Candidate> l : byKey.values()) l.sort(Comparator.comparingInt(Candidate::rank));
        this.trie = new KeywordTrie(new ArrayList<>(byKey.keySet()));
        this.candidates = List.copyOf(byKey.values());
    }

    @Override
    public String name() {
        return NAME;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The trie's keywords: every folded key of every label, in the order of the candidate lists. */
    List<String> keywords() {
        return trie.keywords();
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        if (doc.title() != null && !doc.title().isEmpty()) {
            for (Mention m : find(doc.title(), TextField.TITLE)) findings.addMention(m);
        }
        if (doc.text() != null) {
            for (Mention m : find(doc.text(), TextField.ABSTRACT)) findings.addMention(m);
        }
    }

    /** All non-overlapping vocabulary mentions in {@code text}, in text order. */
    public List<Mention> find(String text, TextField field) {
        List<Mention> found = new ArrayList<>();
        matches(text, (start, end, keyword) -> {
            boolean pluralSuffix = false;
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                if (text.charAt(end) == 's' && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
                    pluralSuffix = true;
                } else return;
            }
            // what is asked of the written form text[start, end) is read in place; its blanks counted once
            int spaces = -1;
            for (Candidate c : candidates.get(keyword)) {
                if (pluralSuffix && !c.plural) continue;
                if (c.exactCase && !alnumEquals(text, start, end, c.alnum)) continue;
                if (spaces < 0) spaces = spaces(text, start, end);
                if (spaces > c.separators) continue;
                int e = pluralSuffix ? end + 1 : end;
                boolean asLabel = c.exactCase && end - start == c.label.length() && text.startsWith(c.label, start);
                found.add(new Mention(c.entry.type(), text.substring(start, e), field, start, e,
                        c.entry.prefLabel(), NAME, confidence(c, asLabel)));
                break;
            }
        });
        // longest first, then leftmost; keep what does not overlap
        found.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.start())).thenComparingInt(Mention::start)
                .thenComparing(m -> -m.confidence()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            boolean overlaps = false;
            for (Mention k : kept) if (k.overlaps(m)) { overlaps = true; break; }
            if (!overlaps) kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /** Whether the letters and digits of {@code text[start, end)} are {@code alnum} ({@link Keys#alnum} of both equal). */
    private static boolean alnumEquals(String text, int start, int end, String alnum) {
        int j = 0, n = alnum.length();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) continue;
            if (j == n || alnum.charAt(j++) != c) return false;
        }
        return j == n;
    }

    // ---------------------------------------------------------------- rules

    /** Short names with a capital in a single letter group ("GPU", "MAC", "T5", "CoT", "Adam") match case-exactly. */
    static boolean shortName(String label) {
        if (!Keys.hasUpper(label) || Keys.letters(label) > 5) return false;
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < label.length(); i++) {
            boolean l = Character.isLetter(label.charAt(i));
            if (l && !in) groups++;
            in = l;
        }
        return groups <= 1;
    }

    /** Curated entries first, then the more specific types. */
    private static int rank(VocabEntry e) {
        int r = e.curated() ? 0 : 10;
        return r + switch (e.type()) {
            case HARDWARE -> 0;
            case DATASET -> 1;
            case MODEL -> 2;
            case MODEL_CLASS -> 3;
            case TASK -> 4;
            case METHOD -> 5;
        };
    }

    /** A match's confidence before the exact-case bonus: what depends on the label alone, kept with the candidate. */
    private static double confidence(VocabEntry entry, String label) {
        double conf = entry.curated() ? 0.9 : 0.75;
        int letters = Keys.letters(label);
        if (Keys.norm(label).length() <= 3) conf -= 0.1;
        if (!entry.curated() && letters <= 4) conf -= 0.1;
        if (!entry.curated() && !label.contains(" ") && !Keys.hasDigit(label) && !Keys.hasUpper(label)) conf -= 0.1;
        return conf;
    }

    /** @param asLabel whether the match is written exactly as the label */
    private static double confidence(Candidate c, boolean asLabel) {
        double conf = c.confidence;
        if (c.exactCase && asLabel) conf += 0.05;
        return Math.max(0.3, Math.min(0.95, conf));
    }

    /** Blanks in the written text: a match may not split what the label writes solid ("a 2D" is not "A2D"). */
    private static int spaces(String s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) if (Character.isWhitespace(s.charAt(i))) n++;
        return n;
    }

    private static int separators(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (separator(s.charAt(i))) n++;
        return n;
    }

    // ---------------------------------------------------------------- matching

    /** Receives one match: {@code text[start..end)} folds to {@code keywords().get(keyword)}. */
    interface MatchSink {
        void match(int start, int end, int keyword);
    }

    /**
     * Reports every keyword match that starts at a word start of {@code text} (its first char, or a char after one
     * that is no letter or digit), by start, then end. Only such matches are kept, so the trie is walked from those
     * starts alone, folding the text as it goes, instead of folding all of it and running an automaton over every
     * char. What the walk reads equals {@link #fold}{@code (text)} from the start's folded char on: fold's output
     * from a char that is no separator depends on that char and those after it only (a space it might put before the
     * char is not part of what follows); keys neither begin nor end with a blank (checked when building), so a
     * match never starts at, or ends on, a folded blank, or depends on the blanks fold trims from the end.
     */
    void matches(String text, MatchSink sink) {
        boolean afterAlnum = false; // whether text[i - 1] is a letter or digit
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int k = kind(c);
            if (!afterAlnum && (k & SEPARATOR) == 0) walk(text, i, sink);
            afterAlnum = (k & ALNUM) != 0;
        }
    }

    /** Walks the trie from {@code text[start]} (no separator), folding as {@link #fold} does. */
    private void walk(String text, int start, MatchSink sink) {
        char p = lower(text.charAt(start)); // the last folded char
        int s = trie.next(0, p);
        if (s == 0) return;
        if (trie.keyword(s) >= 0) sink.match(start, start + 1, trie.keyword(s));
        for (int j = start + 1, n = text.length(); j < n; j++) {
            char c = text.charAt(j);
            int k = kind(c);
            if ((k & SEPARATOR) != 0) { // separators become one blank
                if (p != ' ') {
                    if ((s = trie.next(s, ' ')) == 0) return;
                    p = ' ';
                }
                continue;
            }
            if ((k & DIGIT) != 0 && (kind(p) & LETTER) != 0 || (k & LETTER) != 0 && (kind(p) & DIGIT) != 0) {
                if ((s = trie.next(s, ' ')) == 0) return; // a blank between a letter and a digit
            }
            p = lower(c);
            if ((s = trie.next(s, p)) == 0) return;
            int keyword = trie.keyword(s);
            if (keyword >= 0) sink.match(start, j + 1, keyword);
        }
    }

    // What fold asks of a char, as bits: the Character methods' answers, from a table for ASCII.
    private static final int SEPARATOR = 1, ALNUM = 2, LETTER = 4, DIGIT = 8;
    private static final byte[] ASCII_KIND = new byte[128];
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = (byte) kindOf(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private static int kind(char c) {
        return c < 128 ? ASCII_KIND[c] : kindOf(c);
    }

    private static int kindOf(char c) {
        return (separator(c) ? SEPARATOR : 0) | (Character.isLetterOrDigit(c) ? ALNUM : 0)
                | (Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0);
    }

    private static char lower(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    // ---------------------------------------------------------------- folding

    /** Folded text; {@code map[i]} is the offset in the original of folded char {@code i}. */
    record Folded(String text, int[] map) {
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '_' || c == '\u2010' || c == '\u2011' || c == '\u2012'
                || c == '\u2013' || c == '\u2014' || c == '\u00a0';
    }

    /** Folds text: lower case, separators to one space, a space between letters and digits; map[i] = original offset. */
    static Folded fold(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int[] map = new int[s.length() * 2 + 1];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (separator(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    map[b.length()] = i;
                    b.append(' ');
                }
                continue;
            }
            if (Character.isLetterOrDigit(c) && b.length() > 0) {
                char p = b.charAt(b.length() - 1);
                if ((Character.isDigit(c) && Character.isLetter(p)) || (Character.isLetter(c) && Character.isDigit(p))) {
                    map[b.length()] = i;
                    b.append(' ');
                }
            }
            map[b.length()] = i;
            b.append(Character.toLowerCase(c));
        }
        int n = b.length();
        while (n > 0 && b.charAt(n - 1) == ' ') n--;
        b.setLength(n);
        return new Folded(b.toString(), map);
    }

    /** The folded keys a label is matched under. */
    static Set<String> keys(String label) {
        Set<String> keys = new LinkedHashSet<>();
        String k = fold(label.strip()).text.strip();
        if (k.isEmpty()) return keys;
        keys.add(k);
        if (label.contains("-")) {
            String solid = fold(solid(label)).text.strip();
            if (!solid.isEmpty()) keys.add(solid);
        }
        for (String x : List.copyOf(keys)) {
            if (x.indexOf("v ") < 0) continue; // neither rewrite applies
            keys.add(versionApart(x));
            keys.add(versionJoined(x));
        }
        return keys;
    }

    // The three rewrites of keys() as loops: the regexes they replace (String.replaceAll, compiled anew for every
    // label) were more than half of building the extractor. VocabularyExtractorTest checks them against the regexes.

    /** {@code label.replaceAll("(?<=\\p{Ll})-(?=\\p{Ll})", "")}: a hyphen between lower-case letters dropped. */
    static String solid(String label) {
        StringBuilder b = new StringBuilder(label.length());
        for (int i = 0, n = label.length(); i < n; i++) {
            char c = label.charAt(i);
            // as in the regex: the look-behind sees one char (half a surrogate pair is no letter), the look-ahead a code point
            if (c == '-' && i > 0 && i + 1 < n && Character.getType(label.charAt(i - 1)) == Character.LOWERCASE_LETTER
                    && Character.getType(label.codePointAt(i + 1)) == Character.LOWERCASE_LETTER) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** {@code x.replaceAll("(?<=[a-z])v (?=\\d)", " v ")}: "mobilenetv 2" becomes "mobilenet v 2". */
    static String versionApart(String x) {
        StringBuilder b = new StringBuilder(x.length() + 4);
        int n = x.length(), i = 0;
        while (i < n) {
            if (x.charAt(i) == 'v' && i > 0 && lowerAscii(x.charAt(i - 1)) && i + 2 < n && x.charAt(i + 1) == ' '
                    && digitAscii(x.charAt(i + 2))) {
                b.append(" v ");
                i += 2;
            } else b.append(x.charAt(i++));
        }
        return b.toString();
    }

    /** {@code x.replaceAll("(?<=[a-z]) v (?=\\d)", "v ")}: "mobilenet v 2" becomes "mobilenetv 2". */
    static String versionJoined(String x) {
        StringBuilder b = new StringBuilder(x.length());
        int n = x.length(), i = 0;
        while (i < n) {
            if (x.charAt(i) == ' ' && i > 0 && lowerAscii(x.charAt(i - 1)) && i + 3 < n && x.charAt(i + 1) == 'v'
                    && x.charAt(i + 2) == ' ' && digitAscii(x.charAt(i + 3))) {
                b.append("v ");
                i += 3;
            } else b.append(x.charAt(i++));
        }
        return b.toString();
    }

    private static boolean lowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digitAscii(char c) {
        return c >= '0' && c <= '9';
    }
}
