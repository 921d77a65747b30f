package org.paperkg.store;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The stored descriptions of the entities a build's papers name ({@link StoredEntityForms#readDescribed}), read on a
 * helper thread while the last batch commits. That commit is mostly the kernel writing the batch's pages to disk, and
 * the merge that follows it cannot start before it; reading the descriptions meanwhile takes about a second of a
 * 1,000-paper incremental build off its end.
 *
 * <p>The read transaction begins before {@link #start} returns, so it sees the store as the batch's writer left it at
 * its last commit. That is what the merge would read after the commit: a batch writes papers' graphs, never the
 * entities graph, and only the merge, after this read, changes it.
 */
public final class StoredEntityReads implements AutoCloseable {
    private final CompletableFuture<SortedMap<String, List<Quad>>> described = new CompletableFuture<>();

    private StoredEntityReads(DatasetGraph dsg, Collection<String> entityIris) {
        CountDownLatch begun = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                dsg.begin(ReadWrite.READ);
            } catch (RuntimeException | Error e) {
                described.completeExceptionally(e);
                begun.countDown();
                return;
            }
            begun.countDown();
            try {
                described.complete(StoredEntityForms.readDescribed(dsg, entityIris));
            } catch (RuntimeException | Error e) {
                described.completeExceptionally(e);
            } finally {
                dsg.end();
            }
        }, "paperkg-entity-reads");
        t.setDaemon(true);
        t.start();
        try {
            begun.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the entity reads", e);
        }
    }

    /**
     * Starts reading what the entities graph says of {@code entityIris} (a copy the caller no longer changes) and
     * returns once the read transaction has begun. Call from the writer, inside its write transaction, before it commits.
     */
    public static StoredEntityReads start(KgStore store, Collection<String> entityIris) {
        return new StoredEntityReads(store.dataset(), List.copyOf(entityIris));
    }

    /** The entities' stored quads, by IRI; waits for the read. A failed read is thrown as it was on the helper. */
    public SortedMap<String, List<Quad>> described() {
        try {
            return described.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** Waits for the read to end, used or not, so the store is never closed under its transaction. */
    @Override
    public void close() {
        described.exceptionally(e -> null).join();
    }
}
