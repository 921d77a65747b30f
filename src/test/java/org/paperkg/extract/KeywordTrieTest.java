package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperkg.vocab.VocabEntry;

class KeywordTrieTest {

    /** Every keyword {@code text[start..length)} begins with, shorter first, as "start-end:keyword" (end inclusive). */
    private static List<String> walkFrom(KeywordTrie t, String text, int length, int start) {
        List<String> out = new ArrayList<>();
        int s = 0;
        for (int i = start; i < length && (s = t.next(s, text.charAt(i))) != 0; i++) {
            if (t.keyword(s) >= 0) out.add(start + "-" + i + ":" + t.keywords().get(t.keyword(s)));
        }
        return out;
    }

    private static List<String> walkEverywhere(KeywordTrie t, String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) out.addAll(walkFrom(t, text, text.length(), i));
        return out;
    }

    @Test
    void reportsTheKeywordsAStartBeginsShorterFirst() {
        KeywordTrie t = new KeywordTrie(List.of("he", "she", "his", "hers", "resnet 50", "resnet"));
        assertEquals(List.of("1-3:she", "2-3:he", "2-5:hers"), walkEverywhere(t, "ushers"));
        assertEquals(List.of("0-5:resnet", "0-8:resnet 50"), walkEverywhere(t, "resnet 50"));
        assertEquals(List.of(), walkEverywhere(t, "xyz"));
        assertEquals(List.of("2-3:he", "2-5:hers"), walkFrom(t, "ushers", 6, 2));
        assertEquals(0, t.next(t.next(0, 'x'), 'y'), "no keyword starts with x: the walk stays at 0");
        assertEquals(-1, t.keyword(t.next(0, 'h')));
    }

    @Test
    void duplicateKeywordsReportTheFirstIndexWhateverTheInputOrder() {
        List<String> kws = List.of("resnet 50", "res", "resnet", "res", "zeta", "resnet 50", "a", "\u7f51");
        KeywordTrie t = new KeywordTrie(kws);
        List<String> out = walkEverywhere(t, "resnet 50 a \u7f51 zeta");
        assertEquals(List.of("0-2:res", "0-5:resnet", "0-8:resnet 50", "10-10:a", "12-12:\u7f51", "14-17:zeta", "17-17:a"), out);
        List<Integer> indexes = new ArrayList<>();
        for (String w : List.of("res", "resnet 50")) {
            int s = 0;
            for (char c : w.toCharArray()) s = t.next(s, c);
            indexes.add(t.keyword(s));
        }
        assertEquals(List.of(1, 0), indexes, "a keyword given twice has its first index");
    }

    @Test
    void findsWhatANaiveSearchAndTheAutomatonFind() {
        Random r = new Random(7);
        for (int set = 0; set < 20; set++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 200; i++) words.add(randomWord(r, 1 + r.nextInt(5)));
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(words));
            KeywordTrie t = new KeywordTrie(unique);
            AhoCorasick ac = new AhoCorasick(unique);
            for (int round = 0; round < 20; round++) {
                String text = randomWord(r, 300);
                TreeSet<String> naive = new TreeSet<>();
                for (String w : unique) {
                    for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) naive.add(i + "-" + (i + w.length() - 1) + ":" + w);
                }
                TreeSet<String> automaton = new TreeSet<>();
                ac.scan(text, (s, e, k) -> automaton.add(s + "-" + e + ":" + unique.get(k)));
                List<String> walked = walkEverywhere(t, text);
                assertEquals(naive, new TreeSet<>(walked));
                assertEquals(automaton, new TreeSet<>(walked));
                assertEquals(naive.size(), walked.size(), "each match once");
            }
        }
    }

    /**
     * Over the real vocabulary: the extractor's walks from word starts, folding as they go, find exactly the matches
     * an Aho–Corasick scan of the whole folded text found that the extractor kept (those starting at a word boundary
     * of the text), with the same offsets in the text, in the order (start, then end) of the walks.
     */
    @Test
    void walksFromWordStartsFindWhatTheAutomatonKeptOnTheRealVocabulary() throws IOException {
        VocabularyExtractor ex = new VocabularyExtractor();
        List<String> kws = ex.keywords();
        AhoCorasick ac = new AhoCorasick(kws);
        List<String> labels = new ArrayList<>();
        for (VocabEntry e : ex.vocabulary().entries()) labels.addAll(e.labels());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) texts.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
        }
        Random r = new Random(5);
        String[] glue = {" ", " ", " ", "-", ", ", " (", ") ", "\u2014", "/", "\u00a0", ". ", "", "s ", "_", "x", "2", " v", "  -- "};
        String[] words = {"the", "a", "of", "on", "model", "x12", "net", "50", "V2", "GPUs", "s", "\u00e9t\u00e9", "\u03bb", "\u2160"};
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder();
            if (r.nextInt(4) == 0) b.append(glue[r.nextInt(glue.length)]);
            for (int w = 5 + r.nextInt(40); w > 0; w--) {
                String piece = r.nextInt(3) > 0 ? labels.get(r.nextInt(labels.size())) : words[r.nextInt(words.length)];
                piece = switch (r.nextInt(6)) {
                    case 0 -> piece.toLowerCase();
                    case 1 -> piece.toUpperCase();
                    case 2 -> piece.replace(' ', '-');
                    default -> piece;
                };
                b.append(piece).append(glue[r.nextInt(glue.length)]);
            }
            texts.add(b.toString());
        }
        long matches = 0;
        for (String text : texts) {
            VocabularyExtractor.Folded f = VocabularyExtractor.fold(text);
            List<int[]> expected = new ArrayList<>();
            ac.scan(f.text(), (s, e, k) -> {
                int start = f.map()[s], end = f.map()[e] + 1;
                if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) return; // the rule the extractor applied
                expected.add(new int[] {start, end, k});
            });
            expected.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> m[1]));
            List<int[]> walked = new ArrayList<>();
            ex.matches(text, (s, e, k) -> walked.add(new int[] {s, e, k}));
            assertEquals(render(expected), render(walked), text);
            matches += walked.size();
        }
        assertTrue(matches > 20_000, matches + " matches");
    }

    private static List<String> render(List<int[]> ms) {
        return ms.stream().map(m -> m[0] + "-" + m[1] + ":" + m[2]).toList();
    }

    private static String randomWord(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append("abcé ".charAt(r.nextInt(5)));
        return b.toString();
    }
}
