package org.paperkg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and (on demand) part-of-speech tags of cleaned abstract text, with offsets into that text.
 * Sentence boundaries come from OpenNLP's maximum-entropy detector (UD English-EWT model); a boundary it puts after
 * an abbreviation the model was not trained on ("e.g.", "Fig.", "vs.", "et al.", an initial) or before a
 * lower-case word is undone, since scientific abstracts use those far more than the web text the model learnt from.
 * Thread-safe: each thread applies the shared models with its own OpenNLP instances. The last text split on a
 * thread is remembered, since several extractors ask for the sentences of the same abstract one after another.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = loadAbbreviations();

    private record Cached(String text, List<TextSpan> sentences) {
    }

    private static final ThreadLocal<Cached> LAST = new ThreadLocal<>();

    private SentenceSplitter() {
    }

    /** Sentence spans of {@code text}, in order, without surrounding blanks. */
    public static List<TextSpan> sentences(String text) {
        if (text == null || text.isBlank()) return List.of();
        Cached last = LAST.get();
        if (last != null && last.text() == text) return last.sentences();
        List<TextSpan> out = merge(text, OpenNlp.sentenceDetector().sentPosDetect(text));
        LAST.set(new Cached(text, out));
        return out;
    }

    /** Token spans of {@code text} within {@code span}, offsets into {@code text}. */
    public static List<TextSpan> tokens(String text, TextSpan span) {
        String part = span.of(text);
        Span[] toks = OpenNlp.tokenizer().tokenizePos(part);
        List<TextSpan> out = new ArrayList<>(toks.length);
        for (Span t : toks) out.add(new TextSpan(span.start() + t.getStart(), span.start() + t.getEnd()));
        return out;
    }

    /** Universal POS tags (NOUN, PROPN, VERB, ...) of the given tokens; costly, so only on demand. */
    public static String[] posTags(String text, List<TextSpan> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).of(text);
        return posTags(words);
    }

    /** Universal POS tags of a sequence of words and punctuation marks (a sentence or a window of one). */
    public static String[] posTags(String[] words) {
        return OpenNlp.greedyPosTagger().tag(words);
    }

    /**
     * The universal POS tag of {@code words[at]} as {@link #posTags(String[])} gives it, without tagging the words
     * after it (greedy decoding never looks back from them: {@link GreedyPosDecoder}).
     */
    public static String posTagAt(String[] words, int at) {
        return OpenNlp.greedyDecoder().tagAt(words, at);
    }

    private static List<TextSpan> merge(String text, Span[] detected) {
        List<TextSpan> out = new ArrayList<>(detected.length);
        for (Span d : detected) {
            int start = d.getStart();
            int end = d.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end == start) continue;
            if (!out.isEmpty() && continues(text, out.get(out.size() - 1), start)) {
                out.set(out.size() - 1, new TextSpan(out.get(out.size() - 1).start(), end));
            } else {
                out.add(new TextSpan(start, end));
            }
        }
        return List.copyOf(out);
    }

    /** True when the sentence that starts at {@code next} is really the rest of {@code previous}. */
    private static boolean continues(String text, TextSpan previous, int next) {
        char first = text.charAt(next);
        if (Character.isLowerCase(first)) return true;
        int end = previous.end();
        if (text.charAt(end - 1) != '.') return false;
        int wordStart = end - 1;
        while (wordStart > previous.start() && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '[') wordStart--;
        String word = text.substring(wordStart, end - 1);
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return true;
        // an initial ("J. Doe"), but not a one-letter symbol after a number ("... of 5 K.")
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && !(wordStart >= 2 && Character.isDigit(text.charAt(wordStart - 2)));
    }

    private static Set<String> loadAbbreviations() {
        Set<String> s = new HashSet<>();
        for (String[] row : TextData.rows("abbreviations.tsv")) s.add(row[0].trim().toLowerCase(Locale.ROOT));
        return Set.copyOf(s);
    }
}
