package org.paperkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows of four TDB2 node ids (a quad in one index's column order), packed in a {@code long[]}, and the sorted run
 * files a {@link BulkLoad} spills them to. A node id is compared as TDB2's B+trees compare record keys: its eight
 * bytes, big-endian, unsigned; so rows sorted here with {@link Long#compareUnsigned}, column by column, are in the
 * index's own key order.
 */
final class IdRows {
    static final int WIDTH = 4;
    private static final int BUFFER_BYTES = 1 << 16;

    private IdRows() {
    }

    static int compare(long[] a, int i, long[] b, int j) {
        int x = i * WIDTH;
        int y = j * WIDTH;
        for (int k = 0; k < WIDTH; k++) {
            int c = Long.compareUnsigned(a[x + k], b[y + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    /** Sorts the first {@code rows} rows of {@code a} in place (quicksort, three-way, so equal rows cost nothing). */
    static void sort(long[] a, int rows) {
        long[] pivot = new long[WIDTH];
        sort(a, 0, rows - 1, pivot);
    }

    private static void sort(long[] a, int lo, int hi, long[] pivot) {
        while (hi - lo > 16) {
            // The median of three random rows as the pivot (copied out: the partition moves its row). Fixed places
            // (first, middle, last) go quadratic here: the rows arrive nearly sorted (a paper's quads together), and
            // the three-way partition turns such input into patterns that defeat them.
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int x = random.nextInt(lo, hi + 1);
            int y = random.nextInt(lo, hi + 1);
            int z = random.nextInt(lo, hi + 1);
            int m = compare(a, x, a, y) < 0
                    ? (compare(a, y, a, z) < 0 ? y : (compare(a, x, a, z) < 0 ? z : x))
                    : (compare(a, x, a, z) < 0 ? x : (compare(a, y, a, z) < 0 ? z : y));
            System.arraycopy(a, m * WIDTH, pivot, 0, WIDTH);
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = compare(a, i, pivot, 0);
                if (c < 0) swap(a, lt++, i++);
                else if (c > 0) swap(a, i, gt--);
                else i++;
            }
            // recurse into the smaller side, loop on the larger: the stack stays logarithmic
            if (lt - lo < hi - gt) {
                sort(a, lo, lt - 1, pivot);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi, pivot);
                hi = lt - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(a, j - 1, a, j) > 0; j--) swap(a, j - 1, j);
        }
    }

    private static void swap(long[] a, int i, int j) {
        int x = i * WIDTH;
        int y = j * WIDTH;
        for (int k = 0; k < WIDTH; k++) {
            long t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }

    /** Writes the first {@code rows} rows of {@code sorted} to {@code file}, each distinct row once. */
    static void writeRun(long[] sorted, int rows, Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES))) {
            for (int r = 0; r < rows; r++) {
                if (r > 0 && compare(sorted, r, sorted, r - 1) == 0) continue;
                for (int k = 0; k < WIDTH; k++) out.writeLong(sorted[r * WIDTH + k]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bulk-load run " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The distinct rows of sorted run files, merged in order: what a B+tree is packed from. Each call to
     * {@code next} returns the same array, overwritten; {@link #close} closes the files.
     */
    static final class Merge implements Iterator<long[]>, AutoCloseable {
        private final List<Cursor> cursors = new ArrayList<>();
        private final PriorityQueue<Cursor> heap = new PriorityQueue<>((x, y) -> compare(x.row, 0, y.row, 0));
        private final long[] current = new long[WIDTH];
        private boolean started;
        private Cursor pending;

        Merge(List<Path> runs) {
            try {
                for (Path run : runs) {
                    Cursor c = new Cursor(run);
                    cursors.add(c);
                    if (c.advance()) heap.add(c);
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            if (pending != null) return true;
            while (!heap.isEmpty()) {
                Cursor c = heap.poll();
                if (!started || compare(c.row, 0, current, 0) != 0) {
                    pending = c;
                    return true;
                }
                if (c.advance()) heap.add(c); // the same row from another run: once is enough
            }
            return false;
        }

        @Override
        public long[] next() {
            if (!hasNext()) throw new NoSuchElementException();
            Cursor c = pending;
            pending = null;
            System.arraycopy(c.row, 0, current, 0, WIDTH);
            started = true;
            if (c.advance()) heap.add(c);
            return current;
        }

        @Override
        public void close() {
            for (Cursor c : cursors) c.close();
        }
    }

    private static final class Cursor {
        final Path file;
        final DataInputStream in;
        final long[] row = new long[WIDTH];

        Cursor(Path file) {
            this.file = file;
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bulk-load run " + file + ": " + e.getMessage(), e);
            }
        }

        boolean advance() {
            try {
                row[0] = in.readLong();
            } catch (EOFException e) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bulk-load run " + file + ": " + e.getMessage(), e);
            }
            try {
                for (int k = 1; k < WIDTH; k++) row[k] = in.readLong();
            } catch (IOException e) {
                throw new UncheckedIOException("truncated bulk-load run " + file + ": " + e.getMessage(), e);
            }
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read-only: nothing is lost
            }
        }
    }
}
