package org.paperkg.store;

import java.lang.reflect.Field;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeps the length of a TDB2 node table's data file in memory, so that writing a node no longer asks the operating
 * system for it once per byte, and reads the file ahead, so that reading a node no longer costs a seek and a read
 * per byte.
 *
 * <p>Why: TDB2 5.6 writes each new node as Thrift, and Thrift's compact protocol hands the field headers and stop
 * bytes to the file one at a time. Each of those writes reaches {@code BinaryDataFileWriteBuffered.write}, which asks
 * its file for its length first ({@code RandomAccessFile.length()}, a system call) although it buffers the bytes
 * themselves. In a 40k-record build the main thread spent about 19 s in that call (JFR native samples), against about
 * 27 s running Java: most of the node table's cost. The buffered file's own file is replaced by {@link CachedLength},
 * which answers from a count it keeps.
 *
 * <p>Why it is safe: the buffered file is the only holder of that file ({@code FileFactory.createBinaryDataFile}
 * makes both), and it calls the file only inside its own lock, so every write and truncation passes the count. The
 * count starts from the file after TDB2's recovery (the store is connected) and is read from the file again after a
 * truncation (an aborted transaction) and on open. It is the file's real length by the same rules the file follows:
 * a write at a position extends it to that position plus the bytes written, if that is longer.
 *
 * <p>It also reads ahead: Thrift reads a stored node back a byte at a time as well (a field header, a length, then
 * the bytes), and each of those reads was a seek and a read of the file, two system calls a byte. A 1,000-record
 * incremental build into the 115k store made 177k such pairs, most while the entity merge read the stored entities;
 * a query decoding ids its node cache does not hold pays the same. {@link CachedLength} keeps the last
 * {@value CachedLength#WINDOW} bytes it read and answers the small reads inside them from memory. Every write,
 * truncation, open and close empties it, so it never holds bytes the file no longer has.
 *
 * <p>It reaches two private fields of Jena 5.6 by reflection. If a Jena version lays them out otherwise, nothing is
 * replaced and the store works as before, only slower; {@link #install} says whether it took.
 */
final class NodeFileLength {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NodeFileLength.class);

    private NodeFileLength() {
    }

    /**
     * Installs the kept length under the node table of {@code dsg}; true when it is (now or already) in place. When
     * it cannot be, it says why in a warning and the store works as before.
     */
    static boolean install(DatasetGraph dsg) {
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            if (tdb == null) return notInstalled("not a TDB2 dataset");
            NodeTable table = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            while (!(table instanceof NodeTableTRDF) && table != null && table.wrapped() != table) table = table.wrapped();
            if (!(table instanceof NodeTableTRDF trdf) || !(trdf.getData() instanceof TransBinaryDataFile trans)) {
                return notInstalled("no Thrift node table over a transactional file");
            }
            Object buffered = field(TransBinaryDataFile.class, "binFile").get(trans);
            if (!(buffered instanceof BinaryDataFileWriteBuffered)) return notInstalled("the node file is not write-buffered");
            Field other = field(BinaryDataFileWriteBuffered.class, "other");
            Object lock = field(BinaryDataFileWriteBuffered.class, "sync").get(buffered);
            synchronized (lock) { // the lock the buffered file calls its file under: the swap is seen by every call
                Object file = other.get(buffered);
                if (file instanceof CachedLength) return true;
                if (!(file instanceof BinaryDataFile f)) return notInstalled("the buffered file holds no data file");
                other.set(buffered, new CachedLength(f));
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return notInstalled(e.toString());
        }
    }

    private static boolean notInstalled(String why) {
        LOG.warn("the node table asks its file for its length on every write (slower builds): {}", why);
        return false;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * A file whose length is counted, not asked for; every other call goes to the file. The count holds while every
     * write appends, which is so from the file's opening until a truncation: Jena's file then still writes at its old
     * end after a read (its write position is not moved back), so from a truncation until the file is opened again
     * the length is asked of the file, as before. TDB2 truncates the node file only when a write transaction that
     * wrote nodes is aborted, and in recovery, before this is installed.
     */
    static final class CachedLength implements BinaryDataFile {
        /** Bytes read ahead: a node record is tens of bytes, an abstract's literal a few thousand. */
        static final int WINDOW = 8192;
        private final BinaryDataFile file;
        /** True while every write has appended since the file was opened; then {@code length} is its length. */
        private boolean counting;
        private long length;
        /** The file's bytes from {@code windowStart}, {@code windowLength} of them, as last read; none after a change. */
        private final byte[] window = new byte[WINDOW];
        private long windowStart;
        private int windowLength;

        CachedLength(BinaryDataFile file) {
            this.file = file;
            this.counting = file.isOpen();
            this.length = counting ? file.length() : 0;
        }

        @Override
        public void open() {
            windowLength = 0;
            file.open();
            length = file.length();
            counting = true;
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        /**
         * Answers from the window when it holds the bytes asked for; otherwise fills it from {@code posn} with one
         * read of the file. Returns what the file would: the bytes read, fewer only at the file's end.
         */
        @Override
        public int read(long posn, byte[] b, int start, int count) {
            if (count >= WINDOW) return file.read(posn, b, start, count);
            if (posn < windowStart || posn + count > windowStart + windowLength) {
                windowLength = 0;
                int n = file.read(posn, window, 0, WINDOW);
                if (n <= 0) return file.read(posn, b, start, count); // at or past the end: the file's own answer
                windowStart = posn;
                windowLength = n;
            }
            int available = (int) Math.min(count, windowStart + windowLength - posn);
            System.arraycopy(window, (int) (posn - windowStart), b, start, available);
            return available;
        }

        @Override
        public long write(byte[] buf, int off, int len) {
            windowLength = 0; // writes append past every byte a read saw; emptied all the same, at no cost
            long at = file.write(buf, off, len);
            length += len;
            return at;
        }

        @Override
        public long length() {
            return counting ? length : file.length();
        }

        @Override
        public void truncate(long posn) {
            windowLength = 0;
            counting = false;
            file.truncate(posn);
        }

        @Override
        public void sync() {
            file.sync();
        }

        @Override
        public void close() {
            windowLength = 0;
            counting = false;
            file.close();
        }
    }
}
