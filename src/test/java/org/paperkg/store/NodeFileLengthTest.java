package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node file's kept length is the file's length, through writes, aborted transactions and reopening. */
class NodeFileLengthTest {
    @TempDir
    Path tmp;

    private static List<Quad> quads(String tag, int n) {
        List<Quad> out = new ArrayList<>();
        Node g = NodeFactory.createURI("https://example.org/graph/" + tag);
        for (int i = 0; i < n; i++) {
            // strings of many lengths, so node records of many sizes go into the file
            out.add(Quad.create(g, NodeFactory.createURI("https://example.org/" + tag + "/s" + i),
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString(tag + " ".repeat(i % 37) + i)));
        }
        return out;
    }

    private static List<Quad> stored(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void aStoreKeepsEveryCommittedNodeAndDropsAnAbortedTransactionsNodes() {
        Path dir = tmp.resolve("db");
        List<Quad> first = quads("first", 500), aborted = quads("aborted", 300), after = quads("after", 400);
        DatasetGraph written;
        try (KgStore store = KgStore.open(dir)) {
            DatasetGraph dsg = store.dataset();
            written = dsg;
            assertTrue(NodeFileLength.install(dsg), "installed by open, and found again");
            Txn.executeWrite(dsg, () -> first.forEach(dsg::add));
            // an aborted write: TDB2 truncates the node file back, and the kept length must follow
            dsg.begin(ReadWrite.WRITE);
            aborted.forEach(dsg::add);
            dsg.abort();
            dsg.end();
            Txn.executeWrite(dsg, () -> after.forEach(dsg::add));
            List<Quad> expected = new ArrayList<>(first);
            expected.addAll(after);
            assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(stored(dsg)));
        }
        // read back by a fresh connection (this store's only: other tests' stores stay connected): every node is
        // where its id says
        TDBInternal.expel(written);
        try (KgStore reopened = KgStore.open(dir)) {
            List<Quad> all = stored(reopened.dataset());
            assertEquals(900, all.size());
            assertTrue(all.containsAll(first) && all.containsAll(after));
            assertFalse(all.stream().anyMatch(aborted::contains));
        }
    }

    /** A {@link NodeFileLength.CachedLength} over Jena's own random-access file at {@code file}, open. */
    private static NodeFileLength.CachedLength keptOver(Path file) {
        BinaryDataFileRandomAccess real = new BinaryDataFileRandomAccess(file.toString());
        real.open();
        return new NodeFileLength.CachedLength(real);
    }

    @Test
    void theKeptLengthIsTheFilesLengthAfterEveryOperation() throws Exception {
        Path file = tmp.resolve("nodes.dat");
        NodeFileLength.CachedLength kept = keptOver(file);
        Random random = new Random(3);
        long committed = 0;
        for (int step = 0; step < 2000; step++) {
            int op = random.nextInt(10);
            if (op < 7) {
                byte[] b = new byte[1 + random.nextInt(op == 0 ? 5000 : 20)];
                long before = kept.length();
                kept.write(b, 0, b.length);
                assertTrue(kept.length() >= before + b.length, "a write extends the file");
            } else if (op < 8) {
                committed = kept.length();
            } else if (op < 9) {
                kept.truncate(committed);
            } else {
                byte[] b = new byte[1];
                if (kept.length() > 0) kept.read(random.nextInt((int) kept.length()), b, 0, 1);
            }
            kept.sync();
            assertEquals(Files.size(file), kept.length(), "after step " + step + " (op " + op + ")");
        }
        kept.close();
        kept.open();
        assertEquals(Files.size(file), kept.length());
        for (int i = 0; i < 50; i++) {
            kept.write(new byte[1 + i], 0, 1 + i);
            if (i % 10 == 0) kept.read(0, new byte[1], 0, 1);
        }
        kept.sync();
        assertEquals(Files.size(file), kept.length(), "counted again after opening");
        kept.close();
        assertThrows(RuntimeException.class, () -> kept.write(new byte[1], 0, 1));
    }

    @Test
    void everyReadGivesTheFilesOwnBytesThroughWritesTruncationsAndReopening() throws Exception {
        Path file = tmp.resolve("nodes.dat");
        NodeFileLength.CachedLength kept = keptOver(file);
        Random random = new Random(11);
        long committed = 0;
        int reads = 0;
        try (RandomAccessFile reference = new RandomAccessFile(file.toFile(), "r")) {
            for (int step = 0; step < 5000; step++) {
                int op = random.nextInt(20);
                if (op < 6) {
                    // random bytes, so a stale window would show
                    byte[] b = new byte[1 + random.nextInt(op == 0 ? 3 * NodeFileLength.CachedLength.WINDOW : 60)];
                    random.nextBytes(b);
                    kept.write(b, 0, b.length);
                } else if (op < 7) {
                    committed = kept.length();
                } else if (op < 8) {
                    // back to the last mark, or a little way back from the end, inside what reads have just seen
                    long len = kept.length();
                    kept.truncate(random.nextBoolean() ? committed : Math.max(0, len - random.nextInt(300)));
                } else if (op < 9 && step % 500 == 0) {
                    kept.close();
                    kept.open();
                } else if (kept.length() > 0) {
                    // small reads near and inside the last ones (as Thrift's are), now and then a long one or one
                    // running past the end
                    long len = kept.length();
                    long posn = random.nextInt(4) == 0 ? random.nextInt((int) len) : Math.max(0, len - 1 - random.nextInt(200));
                    int count = random.nextInt(10) == 0 ? 1 + random.nextInt(2 * NodeFileLength.CachedLength.WINDOW) : 1 + random.nextInt(12);
                    for (int again = 0; again < 3; again++, posn = Math.min(len - 1, posn + random.nextInt(8))) {
                        byte[] got = new byte[count];
                        int n = kept.read(posn, got, 0, count);
                        byte[] want = new byte[count];
                        reference.seek(posn);
                        int m = reference.read(want, 0, count);
                        assertEquals(m, n, "bytes read at " + posn + " (step " + step + ")");
                        assertTrue(Arrays.equals(want, 0, Math.max(m, 0), got, 0, Math.max(n, 0)),
                                "the file's bytes at " + posn + ", " + count + " asked (step " + step + ")");
                        reads++;
                    }
                }
            }
        }
        // The case a window must not outlive: bytes read, then cut off, then written again with other bytes (Jena's
        // file writes the next bytes where the truncation left its pointer).
        long end = kept.length();
        byte[] first = new byte[100], second = new byte[100];
        random.nextBytes(first);
        random.nextBytes(second);
        kept.write(first, 0, first.length);
        byte[] seen = new byte[4];
        kept.read(end + 10, seen, 0, 4);
        kept.truncate(end + 50);
        assertTrue(kept.read(end + 60, new byte[4], 0, 4) <= 0, "nothing past the truncation");
        // A read sends Jena's file back to its old write position; truncating again (to the same length) leaves its
        // pointer at the cut, so the next bytes are written where the first ones were read.
        kept.read(end + 10, seen, 0, 4);
        kept.truncate(end + 50);
        kept.write(second, 0, second.length);
        byte[] now = new byte[4];
        assertEquals(4, kept.read(end + 60, now, 0, 4));
        assertTrue(Arrays.equals(Arrays.copyOfRange(second, 10, 14), now), "the bytes written after the truncation");
        kept.close();
        assertTrue(reads > 5000, "reads made: " + reads);
    }
}
