package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.corpus.CorpusInput;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.RecordSink;
import org.paperkg.corpus.SkippedRecord;

/** Results come in input order, and the first does not wait for the extraction of the records after it. */
class OrderedExtractionTest {
    @TempDir
    static Path tmp;
    static Path corpus;
    static List<String> ids;

    @BeforeAll
    static void corpus() throws Exception {
        // 2 × 87 records: more than one full chunk
        corpus = BuildFixtures.seedCopiesJsonl(tmp.resolve("corpus.jsonl"), 2);
        ids = new ArrayList<>();
        CorpusInput.read(List.of(corpus), new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
                ids.add(record.recordId());
            }

            @Override
            public void skipped(SkippedRecord skipped) {
                throw new AssertionError("the generated corpus has no bad record: " + skipped.message());
            }
        });
    }

    static List<String> drain(OrderedExtraction<String> results) {
        List<String> out = new ArrayList<>();
        OrderedExtraction.Item<String> item;
        while ((item = results.next()) != null) out.add(item.result());
        return out;
    }

    @Test
    void firstResultIsHandedOverBeforeLaterRecordsAreExtracted() throws Exception {
        CountDownLatch later = new CountDownLatch(1);
        String first = ids.get(0);
        Function<PaperRecord, String> extract = r -> {
            if (!r.recordId().equals(first)) {
                try {
                    // every record but the first waits until the test has its first result
                    if (!later.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return r.recordId();
        };
        try (OrderedExtraction<String> results = OrderedExtraction.start(List.of(corpus), extract, 2)) {
            CompletableFuture<OrderedExtraction.Item<String>> head = CompletableFuture.supplyAsync(results::next);
            OrderedExtraction.Item<String> item;
            try {
                // In a chunk with the records after it, the first result would wait for the latch: a timeout here.
                item = head.get(30, TimeUnit.SECONDS);
            } finally {
                later.countDown();
            }
            assertNotNull(item);
            assertEquals(first, item.result());
            List<String> rest = drain(results);
            assertEquals(ids.subList(1, ids.size()), rest);
        }
    }

    @Test
    void resultsComeInInputOrderWhateverTheWorkers() {
        for (int threads : new int[] {1, 3, 8}) {
            // Uneven extraction times, so later chunks often finish first.
            Function<PaperRecord, String> extract = r -> {
                try {
                    Thread.sleep(Math.floorMod(r.recordId().hashCode(), 3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return r.recordId();
            };
            try (OrderedExtraction<String> results = OrderedExtraction.start(List.of(corpus), extract, threads)) {
                assertEquals(ids, drain(results), threads + " workers");
            }
        }
    }
}
