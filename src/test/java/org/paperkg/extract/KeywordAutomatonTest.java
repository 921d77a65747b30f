package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    private static List<String> matches(KeywordAutomaton a, String text) {
        List<String> out = new ArrayList<>();
        a.scan(text, (s, e, k) -> out.add(s + "-" + e + ":" + a.keywords().get(k)));
        return out;
    }

    @Test
    void reportsOverlappingAndNestedMatchesByEndLongestFirst() {
        KeywordAutomaton a = new KeywordAutomaton(List.of("he", "she", "his", "hers", "resnet 50", "resnet"));
        assertEquals(List.of("1-3:she", "2-3:he", "2-5:hers"), matches(a, "ushers"));
        assertEquals(List.of("0-5:resnet", "0-8:resnet 50"), matches(a, "resnet 50"));
        assertEquals(List.of(), matches(a, "xyz"));
    }

    @Test
    void findsWhatANaiveSearchFinds() {
        Random r = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) words.add(randomWord(r, 1 + r.nextInt(5)));
        List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        KeywordAutomaton a = new KeywordAutomaton(unique);
        for (int round = 0; round < 50; round++) {
            String text = randomWord(r, 300);
            TreeSet<String> expected = new TreeSet<>();
            for (String w : unique) {
                for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) expected.add(i + "-" + (i + w.length() - 1) + ":" + w);
            }
            assertEquals(expected, new TreeSet<>(matches(a, text)));
        }
    }

    @Test
    void duplicateKeywordsReportTheFirstIndexWhateverTheInputOrder() {
        List<String> kws = List.of("resnet 50", "res", "resnet", "res", "zeta", "resnet 50", "a", "\u7f51");
        KeywordAutomaton a = new KeywordAutomaton(kws);
        List<String> out = new ArrayList<>();
        a.scan("resnet 50 a \u7f51 zeta", (s, e, k) -> out.add(s + "-" + e + ":" + k));
        assertEquals(List.of("0-2:1", "0-5:2", "0-8:0", "10-10:6", "12-12:7", "14-17:4", "17-17:6"), out);
    }

    private static String randomWord(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append("abcé ".charAt(r.nextInt(5)));
        return b.toString();
    }
}
