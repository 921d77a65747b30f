package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A cue's scan finds exactly what its pattern's find() loop over the same region finds. */
class CuePhraseTest {

    private static List<CuePhrase> allCues() {
        List<CuePhrase> cues = new ArrayList<>();
        for (String[] r : PatternData.rows("relation-cues.tsv")) cues.add(CuePhrase.of(r[2]));
        for (String[] r : PatternData.rows("metrics.tsv")) cues.add(CuePhrase.of(r[0]));
        for (String[] r : PatternData.rows("result-directions.tsv")) cues.add(CuePhrase.of(r[0]));
        for (String[] r : PatternData.rows("proposal-cues.tsv")) cues.add(CuePhrase.of(r[0], PatternData.phrase(r[0])));
        for (String f : List.of("prior-work-cues.tsv", "relation-usage-words.tsv", "relation-example-cues.tsv")) {
            for (String w : PatternData.words(f)) cues.add(CuePhrase.of(w));
        }
        return cues;
    }

    /** Seed text, and the places where a scan from the lead could go wrong: words inside words, case, blanks, edges. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "Our flour-based OUR tour; ourselves. our",
                "We  propose\tX; we propose Y, wepropose Z, WE PROPOSE W.",
                "In this paper,  we present a model, evaluated on ImageNet and evaluated onCIFAR.",
                "outperforming outperforms-it Outperform ,outperform8 1.5x faster (faster) fasterer \u212Aernel kernel",
                "the proposed the proposedX our proposed our   proposed dubbed DUBBED-it called"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                String t = Files.readString(f, StandardCharsets.UTF_8);
                for (int i = 0; i + 400 <= t.length() && out.size() < 300; i += 997) out.add(t.substring(i, i + 400));
            }
        }
        return out;
    }

    private static List<int[]> byFind(CuePhrase cue, String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = cue.pattern().matcher(text).region(from, to);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static List<int[]> byScan(CuePhrase cue, String text, int from, int to, String folded, int foldedFrom) {
        List<int[]> out = new ArrayList<>();
        CuePhrase.Scan s = cue.scan(text, from, to, folded, foldedFrom);
        while (s.find()) out.add(new int[] {s.start(), s.end()});
        return out;
    }

    private static String show(List<int[]> spans) {
        StringBuilder b = new StringBuilder();
        for (int[] s : spans) b.append('[').append(s[0]).append(',').append(s[1]).append(')');
        return b.toString();
    }

    @Test
    void scanFindsWhatFindFindsInEveryRegion() throws IOException {
        List<CuePhrase> cues = allCues();
        assertTrue(cues.size() > 100, "cues: " + cues.size());
        Random random = new Random(7);
        int matches = 0;
        for (String text : texts()) {
            // regions: the whole text, and random ones, folded from a random place before them
            List<int[]> regions = new ArrayList<>();
            regions.add(new int[] {0, text.length()});
            for (int k = 0; k < 4; k++) {
                int a = random.nextInt(text.length()), b = random.nextInt(text.length() + 1);
                regions.add(new int[] {Math.min(a, b), Math.max(a, b)});
            }
            for (int[] r : regions) {
                int foldedFrom = random.nextInt(r[0] + 1);
                String folded = CaseFold.fold(text, foldedFrom, text.length());
                for (CuePhrase cue : cues) {
                    List<int[]> expected = byFind(cue, text, r[0], r[1]);
                    List<int[]> actual = byScan(cue, text, r[0], r[1], folded, foldedFrom);
                    assertEquals(show(expected), show(actual), cue.pattern() + " in [" + r[0] + ", " + r[1] + ") of " + text);
                    matches += expected.size();
                    int last = expected.isEmpty() ? -1 : expected.get(expected.size() - 1)[1];
                    assertEquals(last, cue.scan(text, r[0], r[1], folded, foldedFrom).lastEnd());
                }
            }
        }
        assertTrue(matches > 200, "matches compared: " + matches);
    }

    @Test
    void aFoldThatDoesNotCoverTheRegionIsRefused() {
        CuePhrase cue = CuePhrase.of("evaluated on");
        String text = "It is evaluated on ImageNet.";
        assertThrows(IllegalArgumentException.class, () -> cue.scan(text, 0, text.length(), CaseFold.fold(text, 3, text.length()), 3));
    }

    @Test
    void theLeadIsTheFirstWordFolded() {
        assertEquals("evaluated", CaseFold.leadingPiece("Evaluated on"));
        assertEquals("outperform", CaseFold.leadingPiece("outperform*"));
        assertEquals(null, CaseFold.leadingPiece(" on"));
    }
}
