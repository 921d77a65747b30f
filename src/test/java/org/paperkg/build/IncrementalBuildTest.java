package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.Main;
import org.paperkg.extract.Doc;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.Findings;
import org.paperkg.rdf.KG;
import org.paperkg.store.KgStore;

/** Build A, then A+B: only B is added, and the store equals a fresh build of A+B; the same input twice changes nothing. */
class IncrementalBuildTest {
    @TempDir
    static Path tmp;
    static List<Path> partA;
    static List<Path> partsAB;
    static List<String> freshAB;

    @BeforeAll
    static void inputs() {
        Path seeds = Path.of("seeds");
        partA = List.of(seeds.resolve("000_9730ed53e1025b6f.txt"), seeds.resolve("001_e54a5e0976882cab.txt"));
        partsAB = List.of(seeds);
        try (KgStore fresh = KgStore.open(tmp.resolve("fresh"))) {
            Pipelines.standardBuilder(0).buildInto(fresh, partsAB);
            freshAB = BuildFixtures.sortedQuads(fresh);
        }
    }

    @Test
    void addingInputsAddsOnlyTheNewPapersAndEqualsAFreshBuild() {
        try (KgStore store = KgStore.open(tmp.resolve("inc"))) {
            BuildSummary a = Pipelines.standardBuilder(0).buildInto(store, partA);
            assertTrue(a.papersAdded() > 10, "part A holds papers: " + a.oneLine());
            BuildSummary ab = Pipelines.standardBuilder(0).buildInto(store, partsAB);
            assertEquals(a.papersAdded(), ab.papersAlreadyPresent(), ab.oneLine());
            assertEquals(86 - a.papersAdded(), ab.papersAdded(), ab.oneLine());
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "incremental A then A+B equals a fresh A+B");
        }
    }

    @Test
    void entitiesMergedIntoTheStoreMidBuildGiveTheSameGraph() {
        // batches of 10 records and at most 40 entities in memory: the seeds' 556 entities are merged into the store
        // after most batches, as a corpus with millions of distinct entities would be at the default limit
        try (KgStore store = KgStore.open(tmp.resolve("merged-fresh"))) {
            BuildSummary s = Pipelines.standardBuilder(0, 10).maxEntitiesInMemory(40).buildInto(store, partsAB);
            assertEquals(86, s.papersAdded(), s.oneLine());
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "a fresh build that merged entities mid-build");
            assertEquals(entitiesOf(freshAB), s.entities(), "distinct entities counted once however often merged");
        }
        try (KgStore store = KgStore.open(tmp.resolve("merged-inc"))) {
            Pipelines.standardBuilder(0, 10).maxEntitiesInMemory(40).buildInto(store, partA);
            BuildSummary ab = Pipelines.standardBuilder(0, 10).maxEntitiesInMemory(40).buildInto(store, partsAB);
            assertTrue(ab.papersAdded() > 10, ab.oneLine());
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "an incremental build that merged entities mid-build");
        }
    }

    @Test
    void perBatchLoadingAndABulkSegmentGiveTheGraphOfABulkLoad() {
        // freshAB was loaded in bulk (the default into an empty store): all of it, indexes written at the end
        try (KgStore store = KgStore.open(tmp.resolve("per-batch"))) {
            Pipelines.standardBuilder(0, 10).bulkLoad(0).buildInto(store, partsAB);
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "every batch through TDB2's loader");
        }
        try (KgStore store = KgStore.open(tmp.resolve("segment"))) {
            // the first three batches of 10 in bulk, spilled in runs of 500 quads, then one transaction a batch
            BuildSummary s = Pipelines.standardBuilder(0, 10).bulkLoad(25).bulkRunQuads(500).buildInto(store, partsAB);
            assertEquals(86, s.papersAdded(), s.oneLine());
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "a bulk segment, then batches");
        }
    }

    /** Entities in a sorted-quads dump: subjects with a kg:paperCount in the entities graph. */
    private static long entitiesOf(List<String> quads) {
        return quads.stream().filter(q -> q.contains("<" + KG.paperCount.getURI() + ">")
                && q.contains("<" + KG.ENTITIES_GRAPH.getURI() + ">")).count();
    }

    @Test
    void rankingsABuildDidNotWriteAreRankedAgainInFull() {
        try (KgStore store = KgStore.open(tmp.resolve("stopped"))) {
            Pipelines.standardBuilder(0).buildInto(store, partA);
            assertTrue(store.markedComplete(KG.RANKINGS_GRAPH));
            // the store as a build leaves it when stopped after its papers and entities, before its rankings: marked
            // stale, with places missing that an update (which looks only at the placed and the touched) would not find
            store.markComplete(false, KG.RANKINGS_GRAPH);
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(KG.RANKINGS_GRAPH, Node.ANY, KG.rank, Node.ANY);
                store.dataset().deleteAny(KG.RANKINGS_GRAPH, Node.ANY, KG.rankInType, Node.ANY);
            });
            Pipelines.standardBuilder(0).buildInto(store, partsAB);
            assertTrue(store.markedComplete(KG.RANKINGS_GRAPH));
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "ranked again in full, as a fresh A+B");
        }
    }

    @Test
    void aStoreWrittenWithoutNameVotesIsRecountedOnTheNextBuild() {
        try (KgStore store = KgStore.open(tmp.resolve("old-format"))) {
            Pipelines.standardBuilder(0).buildInto(store, partA);
            // an entities graph as builds wrote it before kg:labelVotes was kept
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(KG.ENTITIES_GRAPH, Node.ANY, KG.labelVotes, Node.ANY));
            assertFalse(store.entitiesComplete());
            Pipelines.standardBuilder(0).buildInto(store, partsAB);
            assertTrue(store.entitiesComplete());
            assertEquals(freshAB, BuildFixtures.sortedQuads(store), "recounted from the stored mentions, as a fresh A+B");
        }
    }

    @Test
    void theSameInputTwiceChangesNothing() {
        try (KgStore store = KgStore.open(tmp.resolve("twice"))) {
            Pipelines.standardBuilder(0).buildInto(store, partsAB);
            List<String> first = BuildFixtures.sortedQuads(store);
            BuildSummary again = Pipelines.standardBuilder(0).buildInto(store, partsAB);
            assertEquals(0, again.papersAdded(), again.oneLine());
            assertEquals(86, again.papersAlreadyPresent(), again.oneLine());
            assertEquals(first, BuildFixtures.sortedQuads(store));
        }
    }

    /**
     * Papers the store holds are not extracted again: rebuilding a large corpus plus a few new records must cost the
     * few. The standard pipeline runs behind an extractor that counts the documents it is given.
     */
    @Test
    void papersAlreadyStoredAreNotExtractedAgain() {
        AtomicInteger extracted = new AtomicInteger();
        List<Extractor> steps = new ArrayList<>(Pipelines.standardPipeline().extractors());
        steps.add(0, new Extractor() {
            @Override
            public String name() {
                return "counter";
            }

            @Override
            public void extract(Doc doc, Findings findings) {
                extracted.incrementAndGet();
            }
        });
        try (KgStore store = KgStore.open(tmp.resolve("counted"))) {
            GraphBuilder builder = new GraphBuilder(new ExtractionPipeline(steps), Pipelines.standardLinker(), 0, 1000);
            BuildSummary a = builder.buildInto(store, partA);
            assertEquals(a.papersAdded() + a.duplicateRecords(), extracted.get(), "every record of a fresh build is extracted");
            extracted.set(0);
            BuildSummary ab = builder.buildInto(store, partsAB);
            // Records of papers stored before this build are not extracted; the new papers' records are, a repeated
            // one too (its paper is not committed yet when met: the seeds hold one such pair, in part B).
            assertEquals(ab.papersAdded() + ab.duplicateRecords(), extracted.get(), ab.oneLine());
            assertTrue(ab.papersAlreadyPresent() > 10, ab.oneLine());
            extracted.set(0);
            BuildSummary again = builder.buildInto(store, partsAB);
            assertEquals(0, extracted.get(), "nothing new: " + again.oneLine());
            assertEquals(86, again.papersAlreadyPresent(), again.oneLine());
        }
    }

    @Test
    void rebuildReExtractsWhatAnIncrementalBuildKeeps() throws Exception {
        Path db = tmp.resolve("rebuild");
        Node graph;
        Quad removed;
        try (KgStore store = KgStore.open(db)) {
            Pipelines.standardBuilder(0).buildInto(store, partsAB);
            // Stand-in for "extracted by an older vocabulary": drop one mention from one paper's graph.
            removed = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .find(Node.ANY, Node.ANY, KG.mentions, Node.ANY).next());
            graph = removed.getGraph();
            Txn.executeWrite(store.dataset(), () -> store.dataset().delete(removed));
        }
        String seeds = Path.of("seeds").toString();
        assertEquals(0, Main.run("build", "--db", db.toString(), seeds));
        try (KgStore store = KgStore.open(db)) {
            assertFalse(contains(store, removed), "an incremental build leaves papers already present alone");
        }
        assertEquals(0, Main.run("build", "--db", db.toString(), "--rebuild", seeds));
        try (KgStore store = KgStore.open(db)) {
            assertTrue(contains(store, removed), "--rebuild extracts " + graph + " again");
            assertEquals(freshAB, BuildFixtures.sortedQuads(store));
        }
        assertTrue(Files.isDirectory(db));
    }

    private static boolean contains(KgStore store, Quad q) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().contains(q));
    }

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
