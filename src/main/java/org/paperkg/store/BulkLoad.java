package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.TxnType;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads quads into an empty store the way Jena's xloader does, in-process: each quad's nodes get their ids from the
 * node table as usual (in one transaction from the first {@link #load} to {@link #finish}), but the quad indexes are
 * not touched until {@link #finish}, which sorts the id rows into each index's key order and writes each B+tree bottom up
 * ({@link BPlusTreeRewriter}), leaves packed full. Inserting a quad costs a descent and a binary search in each of
 * the four indexes, the writer's largest cost in a fresh build (docs/PERFORMANCE.md); writing a sorted tree costs a
 * sequential pass.
 *
 * <p>Memory stays bounded: the rows are spilled every {@code runQuads} quads as one sorted run file per index
 * (32 bytes a row, in the store's {@value #RUNS_DIR} folder), sorted on a background thread while the writer fills
 * the next buffer; {@code finish} merges the runs. Nothing is visible before {@code finish}: a build killed before it
 * leaves node-table entries and no quads. The store's {@value #MARKER} file says so until the indexes are written,
 * and {@link KgStore#open} empties such a store (a bulk load only starts on an empty one, so nothing is lost).
 */
public final class BulkLoad implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkLoad.class);
    /** Present in the store's folder from the start of a bulk load until its indexes are written. */
    static final String MARKER = "bulk-load-incomplete";
    /** The sorted runs, deleted when the load ends. */
    static final String RUNS_DIR = "bulk-runs";
    /** Quads per spilled run (32 MB of rows): each of the two buffers and the sorter's scratch copy take that much. */
    public static final int DEFAULT_RUN_QUADS = 1 << 20;

    private final KgStore store;
    private final Path runsDir;
    private final int runQuads;
    private final List<TupleIndex> indexes = new ArrayList<>();
    /** For each index, the column of the primary order (GSPO) its key takes at each position. */
    private final List<int[]> columns = new ArrayList<>();
    private final List<List<Path>> runs = new ArrayList<>();
    private final ExecutorService sorter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paperkg-bulk-sort");
        t.setDaemon(true);
        return t;
    });
    /** The rows being filled; grown up to {@code runQuads} rows, so a small build does not take 32 MB. */
    private long[] rows = new long[1024 * IdRows.WIDTH];
    /** The buffer the sorter last finished with, reused for the next rows. */
    private long[] spare;
    /** The sorter's copy of a run in one index's column order. */
    private long[] scratch = new long[0];
    private int filled;
    private int runCount;
    private Future<?> sorting;
    private long quadsSent;
    private boolean failed;
    private boolean ended;
    private boolean finished;

    BulkLoad(KgStore store, int runQuads) {
        if (runQuads < 1) throw new IllegalArgumentException("runQuads must be at least 1, not " + runQuads);
        this.store = store;
        this.runQuads = runQuads;
        this.runsDir = store.directory().resolve(RUNS_DIR);
        String primary = "GSPO";
        for (TupleIndex index : quadIndexes(store.dataset())) {
            String name = index.getName();
            int[] cols = new int[IdRows.WIDTH];
            for (int k = 0; k < IdRows.WIDTH; k++) cols[k] = primary.indexOf(name.charAt(k));
            indexes.add(index);
            columns.add(cols);
            runs.add(new ArrayList<>());
        }
        try {
            Files.createDirectories(runsDir);
        } catch (IOException e) {
            throw new StoreException("cannot create " + runsDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether every quad index of the store is a B+tree never written to (its root in block 0, one block of each
     * kind). The trees are written bottom up into their block files as they are, and only such a tree keeps its root
     * where the packed tree puts it; a store emptied by deleting quads keeps larger trees, and {@link KgStore#clear}
     * deletes the files instead for that reason.
     */
    static boolean pristine(DatasetGraph dsg) {
        for (TupleIndex index : quadIndexes(dsg)) {
            if (!(index instanceof TupleIndexRecord record) || !(record.getRangeIndex() instanceof BPlusTree tree)) return false;
            if (tree.getRootId() != BPlusTreeParams.RootId || tree.getNodeManager().allocLimit() > 1
                    || tree.getRecordsMgr().allocLimit() > 1) return false;
        }
        return true;
    }

    private static TupleIndex[] quadIndexes(DatasetGraph dsg) {
        return quadTable(dsg).getTupleTable().getIndexes();
    }

    private static NodeTupleTable quadTable(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    }

    /**
     * Takes what {@code writer} sends (quads in named graphs only). Returns the number of quads sent. Every call
     * until {@link #finish} adds to one write transaction of the node table, opened by the first, on the calling
     * thread (call {@code load} and {@code finish} on one thread): the node table's B+tree is keyed by the nodes'
     * hashes, so each commit copied most of its leaves, and a transaction per build batch left the 115k store's
     * node index ({@code nodes.dat}) at 1,352 MB where one transaction writes 280 MB (docs/PERFORMANCE.md). Nothing
     * was visible before {@code finish} either way. A writer that throws ends the bulk load and takes back the node ids it
     * allocated, so {@link #finish} then refuses, and the store is left to be emptied.
     */
    public long load(Consumer<StreamRDF> writer) {
        if (failed || ended) throw new IllegalStateException("this bulk load has ended");
        DatasetGraph dsg = store.dataset();
        long before = quadsSent;
        try {
            if (!dsg.isInTransaction()) dsg.begin(TxnType.WRITE);
            writer.accept(new IdSink(quadTable(dsg).getNodeTable()));
        } catch (RuntimeException | Error e) {
            failed = true;
            try {
                endNodeTransaction(false);
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed); // the writer's failure is the one to report
            }
            throw e;
        }
        return quadsSent - before;
    }

    /** Commits (or aborts) the node-table transaction the loads opened on this thread, if one is open. */
    private void endNodeTransaction(boolean commit) {
        DatasetGraph dsg = store.dataset();
        if (!dsg.isInTransaction()) return;
        try {
            if (commit) dsg.commit();
            else dsg.abort();
        } finally {
            dsg.end();
        }
    }

    /** Turns each quad into its four node ids (GSPO) in the row buffer. */
    private final class IdSink implements StreamRDF {
        private final NodeTable nodes;
        private final byte[] bytes = new byte[SystemTDB.SizeOfNodeId];

        IdSink(NodeTable nodes) {
            this.nodes = nodes;
        }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) throw new IllegalArgumentException("a bulk load takes quads in named graphs only: " + q);
            int at = filled * IdRows.WIDTH;
            if (at == rows.length) rows = Arrays.copyOf(rows, Math.min(rows.length * 2, runQuads * IdRows.WIDTH));
            rows[at] = id(q.getGraph());
            rows[at + 1] = id(q.getSubject());
            rows[at + 2] = id(q.getPredicate());
            rows[at + 3] = id(q.getObject());
            quadsSent++;
            if (++filled == runQuads) spill();
        }

        /** The id as the eight bytes TDB2 keys hold, read back as one (big-endian) long. */
        private long id(Node n) {
            NodeId id = nodes.getAllocateNodeId(n);
            NodeIdFactory.set(id, bytes, 0);
            return Bytes.getLong(bytes, 0);
        }

        @Override
        public void triple(Triple t) {
            throw new IllegalArgumentException("a bulk load takes quads in named graphs only: " + t);
        }

        @Override
        public void start() {
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void finish() {
        }
    }

    /** Hands the full buffer to the sorter (after the one before it is done) and fills the other one. */
    private void spill() {
        awaitSorting();
        long[] full = rows;
        int n = filled;
        int run = runCount++;
        rows = spare != null ? spare : new long[full.length];
        spare = full;
        filled = 0;
        sorting = sorter.submit(() -> writeRuns(full, n, run));
    }

    /** One sorted run per index from {@code n} rows (on the sorter thread). */
    private void writeRuns(long[] src, int n, int run) {
        if (scratch.length < n * IdRows.WIDTH) scratch = new long[n * IdRows.WIDTH];
        for (int i = 0; i < indexes.size(); i++) {
            int[] cols = columns.get(i);
            for (int r = 0; r < n; r++) {
                int at = r * IdRows.WIDTH;
                for (int k = 0; k < IdRows.WIDTH; k++) scratch[at + k] = src[at + cols[k]];
            }
            IdRows.sort(scratch, n);
            Path file = runsDir.resolve(indexes.get(i).getName() + "-" + run + ".run");
            IdRows.writeRun(scratch, n, file);
            synchronized (runs) {
                runs.get(i).add(file);
            }
        }
    }

    private void awaitSorting() {
        if (sorting == null) return;
        try {
            sorting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
            throw new StoreException("interrupted while sorting the bulk load's rows", e);
        } catch (ExecutionException e) {
            failed = true;
            throw new StoreException("cannot sort the bulk load's rows: " + e.getCause().getMessage(), e.getCause());
        } finally {
            sorting = null;
        }
    }

    /** Quads taken so far (duplicates included; the indexes keep each once). */
    public long quadsSent() {
        return quadsSent;
    }

    /**
     * Writes every index from the runs, two at a time on separate threads (each B+tree in a transaction of its own,
     * as Jena's xloader and parallel loader do), while the store's transactions wait, then removes the runs and the
     * marker. The trees are written through the dataset's own B+tree objects, whose commit takes the new state, so
     * the dataset reads them at once.
     */
    public void finish() {
        if (failed) throw new IllegalStateException("this bulk load failed; the store is emptied when it is next opened");
        if (ended) throw new IllegalStateException("this bulk load has ended");
        long t0 = System.nanoTime();
        endNodeTransaction(true); // before the exclusive mode below, which waits for every writer
        if (filled > 0) spill();
        awaitSorting();
        LOG.info("bulk load: {} quads in {} runs, the last sorted in {} ms", quadsSent, runCount, (System.nanoTime() - t0) / 1_000_000);
        ended = true;
        sorter.shutdown();
        if (quadsSent > 0) {
            ExecutorService packers = Executors.newFixedThreadPool(Math.min(2, indexes.size()), r -> {
                Thread t = new Thread(r, "paperkg-bulk-index");
                t.setDaemon(true);
                return t;
            });
            // Readers wait until the trees are whole: a tree being packed is read through the same blocks.
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(store.dataset());
            coordinator.startExclusiveMode();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < indexes.size(); i++) {
                    TupleIndex index = indexes.get(i);
                    List<Path> files = runs.get(i);
                    done.add(packers.submit(() -> pack(index, files)));
                }
                for (Future<?> f : done) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while writing the store's indexes", e);
            } catch (ExecutionException e) {
                throw new StoreException("cannot write the store's indexes: " + e.getCause().getMessage(), e.getCause());
            } finally {
                packers.shutdownNow();
                coordinator.finishExclusiveMode();
            }
        }
        deleteRuns();
        store.bulkLoadEnded();
        finished = true;
    }

    /** Writes one index's B+tree, bottom up, from the merged runs. */
    private static void pack(TupleIndex index, List<Path> files) {
        long t0 = System.nanoTime();
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, factory), factory);
        try (IdRows.Merge merge = new IdRows.Merge(files)) {
            Iterator<Record> records = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return merge.hasNext();
                }

                @Override
                public Record next() {
                    long[] row = merge.next();
                    byte[] key = new byte[IdRows.WIDTH * SystemTDB.SizeOfNodeId];
                    for (int k = 0; k < IdRows.WIDTH; k++) Bytes.setLong(row[k], key, k * SystemTDB.SizeOfNodeId);
                    return factory.create(key);
                }
            };
            // Leaves packed with room for the inserts of later builds (RoomyLeafBlocks).
            BlockMgr leaves = new RoomyLeafBlocks(tree.getRecordsMgr().getBlockMgr(), SystemTDB.BlockSize, RoomyLeafBlocks.FILL);
            CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(records, params, factory,
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(), leaves));
        }
        LOG.info("bulk load: index {} written from {} runs in {} ms", index.getName(), files.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private void deleteRuns() {
        try {
            KgStore.deleteTree(runsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the bulk-load runs in " + runsDir + ": " + e.getMessage(), e);
        }
    }

    /** Ends a load that did not finish: its runs go; the marker stays, so the store is emptied when next opened. */
    @Override
    public void close() {
        if (finished) return;
        ended = true;
        try {
            endNodeTransaction(false);
        } catch (RuntimeException ignored) {
            // the load is abandoned anyway
        }
        store.bulkLoadAbandoned();
        sorter.shutdownNow();
        try {
            awaitSorting();
        } catch (RuntimeException ignored) {
            // the load is abandoned anyway
        }
        deleteRuns();
    }
}
