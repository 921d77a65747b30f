package org.paperkg.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.paperkg.rdf.ModelDatasetQuads.Counts;
import org.paperkg.rdf.RankingQuads.RankedResult;

/**
 * The summary counts of a build that read only the paper graphs (which datasets each model is evaluated on, the
 * largest results of each metric), started on a helper thread once the build's papers are committed, so that they
 * overlap the entity merge that follows: the merge changes only the entities graph, and the helper's read
 * transaction sees the papers as committed. In a fresh JVM the merge leaves part of the second core idle.
 */
public final class PaperOnlyReads implements AutoCloseable {
    private final CompletableFuture<Counts> modelDatasets;
    private final CompletableFuture<List<RankedResult>> results;

    private PaperOnlyReads(KgStore store) {
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "paperkg-paper-reads");
            t.setDaemon(true);
            return t;
        });
        modelDatasets = CompletableFuture.supplyAsync(() -> ModelDatasetCounts.read(store), helper);
        results = CompletableFuture.supplyAsync(() -> Rankings.rankResults(store), helper);
        helper.shutdown(); // its thread ends when both are done
    }

    /** Starts the reads; call when the papers are committed and nothing but entities will change before they are used. */
    public static PaperOnlyReads start(KgStore store) {
        return new PaperOnlyReads(store);
    }

    /** The model-dataset counts, waiting for them if need be. */
    public Counts modelDatasets() {
        return resultOf(modelDatasets);
    }

    /** The ranked results of the most-reported metrics, waiting for them if need be. */
    public List<RankedResult> results() {
        return resultOf(results);
    }

    /** The read's result, or the exception it ended with as it was thrown on the helper thread. */
    private static <T> T resultOf(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /**
     * Waits for the reads to end, used or not: a build that fails before it uses them must not close the store
     * under a read transaction still running.
     */
    @Override
    public void close() {
        // a failure is reported to whoever asks for the result, not here
        CompletableFuture.allOf(modelDatasets, results).exceptionally(e -> null).join();
    }
}
