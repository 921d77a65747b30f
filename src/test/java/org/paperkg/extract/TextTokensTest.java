package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextTokensTest {

    @Test
    void aSliceOfTheWholeTextsTokensEqualsTokenisingTheRange() {
        String text = "We propose X-Net. It runs 3.2x faster (on A100s), i.e. well; see Qwen2.5-7B/14B.";
        List<TextTokens.Tok> all = TextTokens.tokenize(text, 0, text.length());
        // every range, including ones that cut a token ("X-Ne|t", "3.|2x"): the slice falls back to tokenising
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(TextTokens.tokenize(text, from, to), TextTokens.slice(all, text, from, to), from + ".." + to);
            }
        }
    }

    @Test
    void docTokensAreTokenisedOncePerField() {
        Doc d = TestDocs.doc("A Title", "We propose X. It works.");
        assertEquals(TextTokens.tokenize(d.text(), 0, d.text().length()), d.tokens(TextField.ABSTRACT));
        assertEquals(d.tokens(TextField.ABSTRACT).subList(0, 4), d.tokens(TextField.ABSTRACT, 0, 13));
        assertEquals(List.of(), TestDocs.doc(null, "x").tokens(TextField.TITLE));
    }

    /** The tokens as the pattern finds them in the region: the definition the hand-written loop must follow. */
    private static List<TextTokens.Tok> byPattern(String text, int from, int to) {
        List<TextTokens.Tok> out = new ArrayList<>();
        Matcher m = TextTokens.TOKEN.matcher(text).region(from, to);
        while (m.find()) out.add(new TextTokens.Tok(m.group(), m.start(), m.end(), Character.isLetterOrDigit(m.group().charAt(0))));
        return out;
    }

    @Test
    void theLoopFindsWhatThePatternFindsInTheSeeds() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            files = s.sorted().toList();
        }
        long tokens = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            List<TextTokens.Tok> expected = byPattern(text, 0, text.length());
            assertEquals(expected, TextTokens.tokenize(text, 0, text.length()), f.toString());
            tokens += expected.size();
        }
        assertTrue(tokens > 10_000, "the seeds hold text: " + tokens);
    }

    /**
     * Random texts over the characters the pattern tells apart: ASCII letters, digits, joiners and blanks, accented and
     * combining letters, other numbers (½, Ⅻ), a letter and a symbol outside the BMP, lone surrogates; cut into
     * random regions, so that joiners and surrogate pairs fall on the region's ends.
     */
    @Test
    void theLoopFindsWhatThePatternFindsInRandomTextsAndRegions() {
        String[] alphabet = {"a", "Z", "5", "-", "_", ".", "+", "'", "\u2019", " ", "\t", "\n", "\u000B", "(", "/", "%",
                "\u00e9", "\u0301", "\u00bd", "\u216b", "\u00a0", "\ud835\udc00", "\ud83d\ude00", "\ud835", "\udc00", "\u4e2d"};
        Random random = new Random(20261201);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) b.append(alphabet[random.nextInt(alphabet.length)]);
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(byPattern(text, from, to), TextTokens.tokenize(text, from, to),
                    () -> "text " + text.codePoints().mapToObj(Integer::toHexString).toList() + " region " + from + ".." + to);
        }
    }
}
