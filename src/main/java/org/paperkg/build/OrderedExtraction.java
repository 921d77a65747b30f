package org.paperkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.paperkg.corpus.CorpusInput;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.RecordSink;
import org.paperkg.corpus.SkippedRecord;

/**
 * Reads the inputs on one thread, extracts chunks of records on a fixed pool, and hands the results to the caller
 * in input order: reader thread → bounded queue of chunk futures → N extraction workers → {@link #next()} on the
 * writing thread. The queue holds at most {@code 4 × threads} chunks, so memory is bounded by what is in flight,
 * never by the corpus; the order of results depends only on the input, never on thread timing.
 */
final class OrderedExtraction<T> implements AutoCloseable {
    /** One result in input order: what extraction made of a record, or a record skipped (by its reader or extraction). */
    record Item<T>(T result, SkippedRecord skipped) {
    }

    private static final int CHUNK = 64;

    /** Marks the end of the inputs (compared by identity; real chunks are never empty). */
    private final List<Item<T>> end = java.util.Collections.unmodifiableList(new ArrayList<>());

    private final BlockingQueue<Future<List<Item<T>>>> queue;
    private final ExecutorService workers;
    private volatile boolean stopped;
    private List<Item<T>> current = List.of();
    private int position;
    private boolean finished;

    private OrderedExtraction(int threads) {
        this.queue = new ArrayBlockingQueue<>(4 * threads);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts reading {@code inputs} and extracting with {@code extract} on {@code threads} workers. A record whose
     * extraction throws becomes a skipped record naming the file, line and record; the build goes on.
     */
    static <T> OrderedExtraction<T> start(List<Path> inputs, Function<PaperRecord, T> extract, int threads) {
        OrderedExtraction<T> ox = new OrderedExtraction<>(Math.max(1, threads));
        Thread t = new Thread(() -> ox.read(inputs, extract), "paperkg-read");
        t.setDaemon(true);
        t.start();
        return ox;
    }

    private void read(List<Path> inputs, Function<PaperRecord, T> extract) {
        try {
            List<PaperRecord> chunk = new ArrayList<>(CHUNK);
            CorpusInput.read(inputs, new RecordSink() {
                // The first chunks are small (1, 2, 4, … records, then CHUNK): the writer takes results in order, so
                // it waits for the whole first chunk. In a fresh JVM a worker extracts its first 64 records in about
                // a second, still interpreting, while the writer, which sets the pace of a build, would sit idle.
                private int size = 1;

                @Override
                public void accept(PaperRecord record) {
                    chunk.add(record);
                    if (chunk.size() >= size) {
                        submit(List.copyOf(chunk), extract);
                        chunk.clear();
                        size = Math.min(CHUNK, 2 * size);
                    }
                }

                @Override
                public void skipped(SkippedRecord skipped) {
                    // Keep the skip in its place among the records: flush what came before it first.
                    if (!chunk.isEmpty()) {
                        submit(List.copyOf(chunk), extract);
                        chunk.clear();
                    }
                    put(CompletableFuture.completedFuture(List.of(new Item<>(null, skipped))));
                }
            });
            if (!chunk.isEmpty()) submit(List.copyOf(chunk), extract);
            put(CompletableFuture.completedFuture(end));
        } catch (Stopped e) {
            // the consumer gave up; nothing more to do
        } catch (RuntimeException | Error e) {
            put(CompletableFuture.failedFuture(e));
        }
    }

    private void submit(List<PaperRecord> records, Function<PaperRecord, T> extract) {
        put(workers.submit(() -> {
            List<Item<T>> out = new ArrayList<>(records.size());
            for (PaperRecord r : records) out.add(extractOne(r, extract));
            return out;
        }));
    }

    private static <T> Item<T> extractOne(PaperRecord r, Function<PaperRecord, T> extract) {
        try {
            return new Item<>(extract.apply(r), null);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Item<>(null, new SkippedRecord(r.source(), r.line(), r.recordId(), "extraction failed: " + why));
        }
    }

    /** Blocks while the queue is full; gives up once the consumer has closed. */
    private void put(Future<List<Item<T>>> f) {
        try {
            while (!queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** The next result in input order, or null at the end of the inputs. */
    Item<T> next() {
        while (position >= current.size()) {
            if (finished) return null;
            List<Item<T>> chunk = take();
            if (chunk == end) {
                finished = true;
                return null;
            }
            current = chunk;
            position = 0;
        }
        return current.get(position++);
    }

    private List<Item<T>> take() {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        stopped = true;
        workers.shutdownNow();
        queue.clear();
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
