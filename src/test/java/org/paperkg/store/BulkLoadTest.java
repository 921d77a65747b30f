package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load ({@link BulkLoad}) gives a store that answers every index exactly as one loaded quad by quad through
 * TDB2's loader, takes ordinary writes afterwards, and, stopped before its indexes are written, leaves a store that
 * opens empty.
 */
class BulkLoadTest {
    @TempDir
    Path tmp;

    /**
     * Quads of many graphs with nodes TDB2 stores in different ways (IRIs, strings, language strings, integers and
     * dates held inline in the id, negative numbers, blank nodes), each sent twice: once in order, once shuffled
     * in later runs, so duplicates meet both within a run and across runs.
     */
    static List<Quad> quads() {
        Random random = new Random(42);
        List<Quad> quads = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            Node graph = NodeFactory.createURI("https://example.org/graph/" + g);
            for (int i = 0; i < 60; i++) {
                Node s = NodeFactory.createURI("https://example.org/s/" + random.nextInt(300));
                Node p = NodeFactory.createURI("https://example.org/p/" + random.nextInt(12));
                Node o = switch (i % 6) {
                    case 0 -> NodeFactory.createURI("https://example.org/o/" + random.nextInt(500));
                    case 1 -> NodeFactory.createLiteralString("text " + random.nextInt(1000));
                    case 2 -> NodeFactory.createLiteralLang("mot " + random.nextInt(100), "fr");
                    case 3 -> NodeFactory.createLiteralDT("" + (random.nextInt(2000) - 1000), XSDDatatype.XSDinteger);
                    case 4 -> NodeFactory.createLiteralDT("2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate);
                    default -> NodeFactory.createBlankNode("b" + random.nextInt(50));
                };
                quads.add(Quad.create(graph, s, p, o));
            }
        }
        List<Quad> again = new ArrayList<>(quads);
        java.util.Collections.shuffle(again, random);
        quads.addAll(again);
        return quads;
    }

    @Test
    void bulkLoadAnswersEveryIndexAsTheLoaderDoes() {
        List<Quad> quads = quads();
        try (KgStore loaded = KgStore.open(tmp.resolve("loaded")); KgStore bulk = KgStore.open(tmp.resolve("bulk"))) {
            loaded.load(out -> quads.forEach(out::quad));
            try (BulkLoad load = bulk.startBulk(97)) { // many runs of 97 quads: the merge meets the duplicates
                load.load(out -> quads.subList(0, 2000).forEach(out::quad));
                load.load(out -> quads.subList(2000, quads.size()).forEach(out::quad));
                assertEquals(quads.size(), load.quadsSent());
                load.finish();
            }
            assertFalse(Files.exists(tmp.resolve("bulk").resolve(BulkLoad.MARKER)), "marker removed");
            assertFalse(Files.exists(tmp.resolve("bulk").resolve(BulkLoad.RUNS_DIR)), "runs removed");
            DatasetGraph a = loaded.dataset();
            DatasetGraph b = bulk.dataset();
            long distinct = quads.stream().distinct().count();
            for (String index : new String[] {"GSPO", "SPOG", "POSG", "OSPG"}) {
                assertEquals(distinct, Txn.calculateRead(b, () -> TDBInternal.findIndex(b, index).size()), index);
            }
            // every quad's graph, subject, predicate and object alone, each served by a different index
            for (Quad q : quads.subList(0, 300)) {
                assertEquals(find(a, q.getGraph(), Node.ANY, Node.ANY, Node.ANY), find(b, q.getGraph(), Node.ANY, Node.ANY, Node.ANY));
                assertEquals(find(a, Node.ANY, q.getSubject(), Node.ANY, Node.ANY), find(b, Node.ANY, q.getSubject(), Node.ANY, Node.ANY));
                assertEquals(find(a, Node.ANY, Node.ANY, q.getPredicate(), Node.ANY), find(b, Node.ANY, Node.ANY, q.getPredicate(), Node.ANY));
                assertEquals(find(a, Node.ANY, Node.ANY, Node.ANY, q.getObject()), find(b, Node.ANY, Node.ANY, Node.ANY, q.getObject()));
            }
            assertEquals(find(a, Node.ANY, Node.ANY, Node.ANY, Node.ANY), find(b, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        }
    }

    /**
     * Blocks the node table's index (node hash to id) has allocated. It is a B+tree keyed by hash, so new nodes land
     * all over it, and each committed transaction that touches a leaf makes it copy that leaf again.
     */
    private static long nodeIndexBlocks(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            NodeTableTRDF nodes = (NodeTableTRDF) TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable()
                    .getNodeTupleTable().getNodeTable().baseNodeTable();
            BPlusTree tree = (BPlusTree) nodes.getIndex();
            return tree.getNodeManager().allocLimit() + tree.getRecordsMgr().allocLimit();
        });
    }

    @Test
    void aBulkLoadSentInManyBatchesGrowsTheNodeIndexNoMoreThanOneBatch() {
        // 24,000 distinct nodes, enough for a node index of many leaves
        List<Quad> quads = new ArrayList<>();
        Node p = NodeFactory.createURI("https://example.org/p");
        for (int i = 0; i < 12_000; i++) {
            quads.add(Quad.create(NodeFactory.createURI("https://example.org/graph/" + (i % 50)),
                    NodeFactory.createURI("https://example.org/s/" + i), p, NodeFactory.createLiteralString("value " + i)));
        }
        int batches = 60;
        int per = quads.size() / batches;
        try (KgStore many = KgStore.open(tmp.resolve("many")); KgStore one = KgStore.open(tmp.resolve("one"))) {
            try (BulkLoad load = many.startBulk(BulkLoad.DEFAULT_RUN_QUADS)) {
                for (int b = 0; b < batches; b++) {
                    List<Quad> batch = quads.subList(b * per, (b + 1) * per);
                    load.load(out -> batch.forEach(out::quad));
                }
                load.finish();
            }
            try (BulkLoad load = one.startBulk(BulkLoad.DEFAULT_RUN_QUADS)) {
                load.load(out -> quads.forEach(out::quad));
                load.finish();
            }
            long inOne = nodeIndexBlocks(one);
            long inMany = nodeIndexBlocks(many);
            // the same nodes inserted in the same order in one transaction either way: the same tree
            assertEquals(inOne, inMany, "node index blocks: " + inOne + " sent in one batch, " + inMany + " in " + batches);
            assertEquals(quads.size(), Txn.calculateRead(many.dataset(), () -> TDBInternal.findIndex(many.dataset(), "SPOG").size()));
            // and every node reads back after the load's one commit
            assertEquals(find(one.dataset(), Node.ANY, Node.ANY, p, Node.ANY),
                    find(many.dataset(), Node.ANY, Node.ANY, p, Node.ANY));
        }
    }

    /** The SPOG index's B+tree of {@code store}. */
    private static BPlusTree spog(KgStore store) {
        return (BPlusTree) ((org.apache.jena.tdb2.store.tupletable.TupleIndexRecord)
                TDBInternal.findIndex(store.dataset(), "SPOG")).getRangeIndex();
    }

    @Test
    void packedLeavesKeepRoomSoThatALaterInsertCopiesOneLeafInsteadOfSplittingIt() {
        List<Quad> quads = new ArrayList<>();
        Node g = NodeFactory.createURI("https://example.org/graph/g");
        Node p = NodeFactory.createURI("https://example.org/p");
        for (int i = 0; i < 12_000; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI("https://example.org/s/" + i), p, NodeFactory.createLiteralString("v")));
        }
        try (KgStore bulk = KgStore.open(tmp.resolve("roomy"))) {
            try (BulkLoad load = bulk.startBulk(BulkLoad.DEFAULT_RUN_QUADS)) {
                load.load(out -> quads.forEach(out::quad));
                load.finish();
            }
            DatasetGraph d = bulk.dataset();
            int[] counts = Txn.calculateRead(d, () -> {
                BPlusTree tree = spog(bulk);
                var pages = tree.getRecordsMgr().getRecordBufferPageMgr();
                long blocks = tree.getRecordsMgr().allocLimit();
                int max = 0;
                int full = 0;
                int rows = 0;
                for (long id = 0; id < blocks; id++) {
                    var page = pages.getRead((int) id);
                    max = Math.max(max, page.getMaxSize());
                    if (page.getCount() == page.getMaxSize()) full++;
                    rows += page.getCount();
                    pages.release(page);
                }
                return new int[] {(int) blocks, max, full, rows};
            });
            assertEquals(quads.size(), counts[3], "every row in some leaf");
            assertEquals(0, counts[2], "no leaf packed full");
            int usable = (int) (counts[1] * RoomyLeafBlocks.FILL);
            assertTrue(counts[0] >= quads.size() / usable, counts[0] + " leaves for " + quads.size() + " rows");
            // One more object for a subject in the middle: its leaf is copied, not split into two new blocks.
            long before = Txn.calculateRead(d, () -> spog(bulk).getRecordsMgr().allocLimit());
            Txn.executeWrite(d, () -> d.add(Quad.create(g, NodeFactory.createURI("https://example.org/s/6000"), p,
                    NodeFactory.createLiteralString("w"))));
            long after = Txn.calculateRead(d, () -> spog(bulk).getRecordsMgr().allocLimit());
            assertEquals(before + 1, after, "record blocks written by one insert into a packed leaf");
        }
    }

    @Test
    void bulkLoadedStoreTakesOrdinaryWrites() {
        List<Quad> quads = quads();
        Path dir = tmp.resolve("bulk");
        try (KgStore bulk = KgStore.open(dir)) {
            try (BulkLoad load = bulk.startBulk(500)) {
                load.load(out -> quads.forEach(out::quad));
                load.finish();
            }
            Quad added = Quad.create(NodeFactory.createURI("https://example.org/graph/new"),
                    NodeFactory.createURI("https://example.org/s/1"), NodeFactory.createURI("https://example.org/p/1"),
                    NodeFactory.createLiteralString("added after the bulk load"));
            Quad removed = quads.get(7);
            DatasetGraph d = bulk.dataset();
            Txn.executeWrite(d, () -> {
                d.add(added);
                d.delete(removed);
            });
            assertTrue(Txn.calculateRead(d, () -> d.contains(added)));
            assertFalse(Txn.calculateRead(d, () -> d.contains(removed)));
            assertTrue(Txn.calculateRead(d, () -> d.contains(quads.get(8))));
        }
        try (KgStore reopened = KgStore.open(dir)) {
            DatasetGraph d = reopened.dataset();
            assertEquals(quads.stream().distinct().count(), Txn.calculateRead(d, () -> TDBInternal.findIndex(d, "OSPG").size()),
                    "one added, one removed, after reopening");
        }
    }

    @Test
    void storeLeftByAStoppedBulkLoadOpensEmpty() {
        List<Quad> quads = quads();
        Path dir = tmp.resolve("stopped");
        try (KgStore store = KgStore.open(dir)) {
            BulkLoad load = store.startBulk(100);
            load.load(out -> quads.forEach(out::quad));
            load.close(); // never finished: as if the build were killed
            assertTrue(Files.exists(dir.resolve(BulkLoad.MARKER)));
        }
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(store.isEmpty());
            assertFalse(Files.exists(dir.resolve(BulkLoad.MARKER)), "marker removed once emptied");
            try (BulkLoad again = store.startBulk(100)) {
                again.load(out -> quads.forEach(out::quad));
                again.finish();
            }
            DatasetGraph d = store.dataset();
            assertEquals(quads.stream().distinct().count(), Txn.calculateRead(d, () -> TDBInternal.findIndex(d, "SPOG").size()));
        }
    }

    @Test
    void openingTheStoreAgainDuringItsBulkLoadLeavesTheLoadAlone() {
        List<Quad> quads = quads();
        Path dir = tmp.resolve("shared");
        try (KgStore store = KgStore.open(dir)) {
            try (BulkLoad load = store.startBulk(100)) {
                load.load(out -> quads.forEach(out::quad));
                // a second opener in this process (TDB2 shares the dataset) while the load runs: not a stopped load
                KgStore again = KgStore.open(dir);
                assertTrue(Files.exists(dir.resolve(BulkLoad.MARKER)), "the running load's marker stays");
                load.finish();
                DatasetGraph d = again.dataset();
                assertEquals(quads.stream().distinct().count(), Txn.calculateRead(d, () -> TDBInternal.findIndex(d, "POSG").size()));
            }
        }
    }

    @Test
    void bulkLoadNeedsAnEmptyStoreAndNamedGraphs() {
        try (KgStore store = KgStore.open(tmp.resolve("full"))) {
            store.load(out -> out.quad(quads().get(0)));
            assertThrows(IllegalStateException.class, () -> store.startBulk(10));
        }
        try (KgStore store = KgStore.open(tmp.resolve("default-graph"))) {
            try (BulkLoad load = store.startBulk(10)) {
                Quad q = quads().get(0);
                assertThrows(IllegalArgumentException.class,
                        () -> load.load(out -> out.triple(q.asTriple())));
                assertThrows(IllegalStateException.class, load::finish, "a failed load cannot be finished");
            }
        }
    }

    @Test
    void aStoreEmptiedQuadByQuadIsNotLoadedInBulkButClearedIs() {
        List<Quad> quads = quads();
        try (KgStore store = KgStore.open(tmp.resolve("emptied"))) {
            assertTrue(store.canBulkLoad(), "a new store");
            store.load(out -> quads.forEach(out::quad));
            DatasetGraph d = store.dataset();
            Txn.executeWrite(d, () -> quads.forEach(d::delete));
            // empty, but its trees have grown: written bottom up they would lose their root
            assertTrue(store.isEmpty());
            assertFalse(store.canBulkLoad());
            assertThrows(IllegalStateException.class, () -> store.startBulk(10));
            store.clear();
            assertTrue(store.canBulkLoad(), "cleared: a new database");
        }
    }

    @Test
    void rowsSortUnsignedAndMergeWithoutDuplicates() throws Exception {
        Random random = new Random(7);
        int n = 5000;
        long[] rows = new long[n * IdRows.WIDTH];
        for (int r = 0; r < n; r++) {
            // nearly sorted (as a build sends them), with high-bit ids (inline values) and many repeats
            rows[r * 4] = r / 100;
            rows[r * 4 + 1] = random.nextBoolean() ? random.nextInt(20) : (0x80L << 56) | random.nextInt(20);
            rows[r * 4 + 2] = random.nextInt(3);
            rows[r * 4 + 3] = random.nextInt(4) - 2; // negative: top bit set
        }
        List<long[]> expected = new ArrayList<>();
        for (int r = 0; r < n; r++) expected.add(java.util.Arrays.copyOfRange(rows, r * 4, r * 4 + 4));
        Comparator<long[]> unsigned = (x, y) -> {
            for (int k = 0; k < 4; k++) {
                int c = Long.compareUnsigned(x[k], y[k]);
                if (c != 0) return c;
            }
            return 0;
        };
        expected.sort(unsigned);
        List<long[]> distinct = new ArrayList<>();
        for (long[] row : expected) if (distinct.isEmpty() || unsigned.compare(distinct.get(distinct.size() - 1), row) != 0) distinct.add(row);

        // two runs of halves, each sorted on its own, then merged
        long[] first = java.util.Arrays.copyOfRange(rows, 0, n / 2 * 4);
        long[] second = java.util.Arrays.copyOfRange(rows, n / 2 * 4, n * 4);
        IdRows.sort(first, n / 2);
        IdRows.sort(second, n - n / 2);
        for (int r = 1; r < n / 2; r++) assertTrue(IdRows.compare(first, r - 1, first, r) <= 0, "sorted at " + r);
        Path a = tmp.resolve("a.run");
        Path b = tmp.resolve("b.run");
        IdRows.writeRun(first, n / 2, a);
        IdRows.writeRun(second, n - n / 2, b);
        List<long[]> merged = new ArrayList<>();
        try (IdRows.Merge m = new IdRows.Merge(List.of(a, b))) {
            while (m.hasNext()) merged.add(m.next().clone());
        }
        assertEquals(distinct.size(), merged.size());
        for (int i = 0; i < merged.size(); i++) assertEquals(0, unsigned.compare(distinct.get(i), merged.get(i)), "row " + i);
    }

    private static List<Quad> find(DatasetGraph d, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(d, () -> {
            List<Quad> out = new ArrayList<>();
            d.find(g, s, p, o).forEachRemaining(out::add);
            out.sort(Comparator.comparing(Quad::toString));
            return out;
        });
    }
}
