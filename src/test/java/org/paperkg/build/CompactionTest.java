package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

/**
 * Compacting a store that incremental builds grew keeps every quad, gives back the index blocks the commits left
 * behind, leaves one generation of files in TDB2's layout, and leaves a store later builds and opens work on.
 */
class CompactionTest {
    @TempDir
    Path tmp;

    private static final Path SEEDS = Path.of("seeds");

    /** Blocks the store's quad indexes have allocated (leaves and branches): what copy-on-write grows. */
    private static long indexBlocks(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (TupleIndex index : TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable().getNodeTupleTable()
                    .getTupleTable().getIndexes()) {
                BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
                n += tree.getNodeManager().allocLimit() + tree.getRecordsMgr().allocLimit();
            }
            return n;
        });
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void compactingKeepsEveryQuadInFewerBlocksAndTheStoreStaysUsable() throws IOException {
        Path dir = tmp.resolve("db");
        List<Path> files;
        try (Stream<Path> s = Files.list(SEEDS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "seed files: " + files);
        try (KgStore store = KgStore.open(dir)) {
            // one build per seed file: each commits batches and rewrites the summary graphs, as incremental builds do
            for (int i = 1; i <= files.size(); i++) Pipelines.standardBuilder(0).buildInto(store, files.subList(0, i));
            List<String> quads = BuildFixtures.sortedQuads(store);
            List<String> indexFiles = entries(dir.resolve("Data-0001"));
            long blocks = indexBlocks(store);
            Files.createDirectories(dir.resolve("compacting").resolve("Data-0001")); // as a stopped compaction leaves it

            KgStore.Compaction c = store.compact();

            assertEquals(quads, BuildFixtures.sortedQuads(store), "the same quads");
            long after = indexBlocks(store);
            assertTrue(after < blocks, "fewer index blocks: " + blocks + " before, " + after + " after");
            assertEquals(List.of("Data-0002", "tdb.cfg", "tdb.lock"), entries(dir), "one generation, no work folder");
            assertEquals(indexFiles, entries(dir.resolve("Data-0002")), "the same index layout");
            assertTrue(c.bytesAfter() <= c.bytesBefore() && c.millis() >= 0, c.toString());

            // still a store a build writes to
            Pipelines.standardBuilder(0).buildInto(store, List.of(SEEDS));
        }
        List<String> compactedThenBuilt;
        try (KgStore reopened = KgStore.open(dir)) {
            compactedThenBuilt = BuildFixtures.sortedQuads(reopened);
        }
        try (KgStore fresh = KgStore.open(tmp.resolve("fresh"))) {
            Pipelines.standardBuilder(0).buildInto(fresh, List.of(SEEDS));
            assertEquals(BuildFixtures.sortedQuads(fresh), compactedThenBuilt, "compacted, built on and reopened = a fresh build");
        }
        assertFalse(Files.exists(dir.resolve("compacting")));
    }
}
