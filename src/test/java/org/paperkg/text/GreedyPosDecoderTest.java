package org.paperkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The decoding stopped at one word gives, for every word, the tag the whole greedy tagger gives it. */
class GreedyPosDecoderTest {

    private static List<String[]> seedSentences() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (TextSpan s : SentenceSplitter.sentences(text)) {
                    out.add(SentenceSplitter.tokens(text, s).stream().map(t -> t.of(text)).toArray(String[]::new));
                }
            }
        }
        return out;
    }

    @Test
    void everyWordOfEverySeedSentenceAndWindowGetsTheTaggersTag() throws IOException {
        List<String[]> sentences = seedSentences();
        assertTrue(sentences.size() > 100, "seed sentences: " + sentences.size());
        int compared = 0;
        for (String[] words : sentences) {
            // the whole sentence, and windows of the sizes the name extractor tags (up to 6 words before, 4 after)
            List<String[]> inputs = new ArrayList<>();
            inputs.add(words);
            for (int lo = 0; lo + 11 <= words.length; lo += 5) inputs.add(Arrays.copyOfRange(words, lo, lo + 11));
            for (String[] input : inputs) {
                String[] whole = SentenceSplitter.posTags(input);
                for (int at = 0; at < input.length; at++) {
                    assertEquals(whole[at], SentenceSplitter.posTagAt(input, at), "word " + at + " of " + Arrays.toString(input));
                    compared++;
                }
            }
        }
        assertTrue(compared > 5000, "positions compared: " + compared);
    }

    @Test
    void aWordOutsideTheSequenceIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> SentenceSplitter.posTagAt(new String[] {"We", "propose"}, 2));
    }
}
