package org.paperkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void tokensCarryOffsetsIntoTheWholeText() {
        String t = "Intro. SparseTrain achieves 2.7x speedup on AlexNet.";
        TextSpan second = SentenceSplitter.sentences(t).get(1);
        List<String> toks = SentenceSplitter.tokens(t, second).stream().map(s -> s.of(t)).toList();
        assertEquals(List.of("SparseTrain", "achieves", "2.7", "x", "speedup", "on", "AlexNet", "."), toks);
    }

    @Test
    void posTagsOnDemand() {
        String t = "We propose a sparse accelerator.";
        TextSpan s = SentenceSplitter.sentences(t).get(0);
        List<TextSpan> toks = SentenceSplitter.tokens(t, s);
        String[] tags = SentenceSplitter.posTags(t, toks);
        assertEquals(toks.size(), tags.length);
        assertEquals("PRON", tags[0]);
        assertEquals("VERB", tags[1]);
        assertEquals("NOUN", tags[4]);
    }

    /** The shared models serve many threads: every thread gets the same sentences as one thread alone. */
    @Test
    void threadsGetTheSameSentencesAsOneThread() throws Exception {
        List<String> texts = Files.readAllLines(Path.of("seeds/003_0819c90a21a1acca.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.length() > 200).map(TextCleaner::clean).toList();
        assertTrue(texts.size() > 20);
        List<List<TextSpan>> alone = texts.stream().map(x -> SentenceSplitter.sentences(new String(x))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<TextSpan>>> futures = texts.stream()
                        .map(x -> pool.submit(() -> SentenceSplitter.sentences(new String(x)))).toList();
                for (int i = 0; i < texts.size(); i++) assertEquals(alone.get(i), futures.get(i).get(), texts.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everySeedSentenceIsTrimmedAndInOrder() throws IOException {
        for (String line : Files.readAllLines(Path.of("seeds/000_9730ed53e1025b6f.txt"), StandardCharsets.UTF_8)) {
            String t = TextCleaner.clean(line);
            int prev = 0;
            for (TextSpan s : SentenceSplitter.sentences(t)) {
                assertTrue(s.start() >= prev && s.end() > s.start(), t);
                assertEquals(s.of(t).strip(), s.of(t));
                prev = s.end();
            }
        }
    }
}
