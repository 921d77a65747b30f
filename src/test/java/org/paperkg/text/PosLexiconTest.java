package org.paperkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PosLexiconTest {
    private static final Predicate<String> NOUN = Set.of("NOUN", "PROPN")::contains;
    private static final Predicate<String> VERB = "VERB"::equals;
    private final PosLexicon standard = PosLexicon.standard();

    @Test
    void tokensAreWordsAndSinglePunctuationMarks() {
        assertEquals(List.of("We", "train", "few-shot", "GPT-3.5", "models", "(", "7B", ")", "."),
                PosLexiconGenerator.tokens("We train few-shot GPT-3.5 models (7B)."));
    }

    @Test
    void commonWordsHaveOneKindOfTagAmbiguousOnesSeveral() {
        assertTrue(standard.share("the", "DET"::equals) > 0.99);
        assertTrue(standard.share("We", "PRON"::equals) > 0.99);
        assertTrue(standard.share("network", NOUN) > 0.9);
        // the tagger reads "design" as a noun or a verb, by its sentence
        double design = standard.share("design", VERB);
        assertTrue(design > 0.1 && design < 0.9, "design as VERB: " + design);
    }

    @Test
    void unknownWordsAreJudgedByShapeAndEnding() {
        assertTrue(standard.share("quixotically", "ADV"::equals) > 0.5);
        assertTrue(standard.share("Zorbulax", NOUN) > 0.5);
    }

    @Test
    void fallsBackFromTheWordToItsLongestKnownEndingThenToNothing() {
        PosLexicon small = new PosLexicon(Map.of("the", Map.of("DET", 9, "PRON", 1)),
                Map.of("l:ing", Map.of("VERB", 3, "NOUN", 1), "l:", Map.of("NOUN", 4)));
        assertEquals(0.9, small.share("THE", "DET"::equals), 1e-9);
        assertEquals(0.75, small.share("blorking", VERB), 1e-9);
        assertEquals(1.0, small.share("blork", NOUN), 1e-9);
        assertEquals(-1, small.share("Blork", NOUN), 1e-9);
    }

    @Test
    void shapeTellsDigitsCapitalsPunctuationAndLowerCase() {
        assertEquals("d", PosLexicon.shape("ResNet50"));
        assertEquals("d", PosLexicon.shape("4-bit"));
        assertEquals("A", PosLexicon.shape("LoRA"));
        assertEquals("A", PosLexicon.shape("GPU"));
        assertEquals("C", PosLexicon.shape("Transformer"));
        assertEquals("p", PosLexicon.shape(","));
        assertEquals("l", PosLexicon.shape("pruning"));
    }

    @Test
    void generatorCountsEachTokenUnderItsLowerCaseAndShape() {
        PosLexiconGenerator.Counts counts = new PosLexiconGenerator.Counts();
        PosLexiconGenerator.count("We propose a new method.", counts);
        Map<String, Map<String, Integer>> w = new HashMap<>(counts.words);
        assertEquals(Map.of("PRON", 1), w.get("we\u0000C"));
        assertEquals(Map.of("PUNCT", 1), w.get(".\u0000p"));
        assertEquals(6, w.size());
    }

    @Test
    void parsesTagCounts() {
        assertEquals(Map.of("NOUN", 12, "NOUN+PART", 3), PosLexicon.parseCounts("NOUN=12 NOUN+PART=3"));
    }

    /** The hand-written word scan gives the words (and offsets) that a search with {@link PosLexicon#WORD} gives. */
    @Test
    void wordScanFindsWhatTheWordPatternFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) texts.add(Files.readString(f));
        }
        texts.add("GPT-3.5 few-shot x-1.2.3 a.b. it's C++ -x- 'q' 3.-4 A-.5 \u00e9t\u00e9 \u00b2 \u216b-\u00b2 \ud835\udc00b \ud83d\ude00 \ud835 end-");
        String alphabet = "aZ09.'+- \t\u00e9\u00b2\u216b,\ud835\udc00\ud83d\ude00\ud835";
        Random random = new Random(11);
        for (int k = 0; k < 3000; k++) {
            StringBuilder b = new StringBuilder();
            for (int c = random.nextInt(30); c > 0; c--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(b.toString());
        }
        int words = 0;
        for (String t : texts) {
            StringBuilder byPattern = new StringBuilder(), byScan = new StringBuilder();
            Matcher m = PosLexicon.WORD.matcher(t);
            while (m.find()) byPattern.append(m.start()).append('-').append(m.end()).append(' ');
            for (int s = PosLexicon.wordStart(t, 0); s >= 0; ) {
                int e = PosLexicon.wordEnd(t, s);
                byScan.append(s).append('-').append(e).append(' ');
                words++;
                s = PosLexicon.wordStart(t, e);
            }
            assertEquals(byPattern.toString(), byScan.toString(), t);
        }
        assertTrue(words > 20000, "words compared: " + words);
    }
}
