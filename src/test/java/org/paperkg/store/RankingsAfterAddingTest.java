package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.Pipelines;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.RankingQuads.Ranked;
import org.paperkg.rdf.RankingQuads.RankedPaper;

/**
 * Places found again among those placed before and what the new papers touch equal the places found over the whole
 * store. Small limits (5 entities overall, 2 of each type, 30 papers) make the first rankings leave out most
 * candidates, so that entities and papers outside them must be shown to stay out.
 */
class RankingsAfterAddingTest {
    static final int OVERALL = 5, PER_TYPE = 2, NEWEST = 30;

    @TempDir
    static Path tmp;
    static KgStore store;
    static Set<String> entitiesPlacedBefore = new HashSet<>();
    static Set<String> papersPlacedBefore = new HashSet<>();
    static Set<String> papersBefore;
    static Set<String> addedPapers;
    static Set<String> touched;

    @BeforeAll
    static void buildInTwoParts() {
        store = KgStore.open(tmp.resolve("db"));
        Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds/003_0819c90a21a1acca.txt")));
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            EntityRankings.rank(dsg, OVERALL, PER_TYPE).forEach(r -> entitiesPlacedBefore.add(r.entity()));
            PaperRecency.rank(dsg, NEWEST).forEach(p -> papersPlacedBefore.add(p.paper()));
        });
        papersBefore = papers(dsg);
        Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds/004_f4c181a3e0adb0df.txt")));
        addedPapers = papers(dsg);
        addedPapers.removeAll(papersBefore);
        // every entity a new paper's graph names: the build's own list of touched entities is these
        touched = Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            for (String paper : addedPapers) {
                dsg.find(Node.ANY, NodeFactory.createURI(paper), KG.mentions, Node.ANY)
                        .forEachRemaining(q -> out.add(q.getObject().getURI()));
            }
            return out;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> papers(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, KG.type, KG.Paper).forEachRemaining(q -> out.add(q.getSubject().getURI()));
            return out;
        });
    }

    @Test
    void entitiesPlacedAmongThoseBeforeAndTheTouchedOnesArePlacedAsOverTheWholeStore() {
        DatasetGraph dsg = store.dataset();
        List<Ranked> full = Txn.calculateRead(dsg, () -> EntityRankings.rank(dsg, OVERALL, PER_TYPE));
        List<Ranked> after = Txn.calculateRead(dsg,
                () -> EntityRankings.rankAfterAdding(dsg, entitiesPlacedBefore, touched, OVERALL, PER_TYPE));
        assertEquals(full, after);

        long eligible = Txn.calculateRead(dsg, () -> EntityRankings.counted(
                TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable(), EntityRankings.MIN_PAPERS).size());
        Set<String> looked = new HashSet<>(entitiesPlacedBefore);
        looked.addAll(touched);
        assertTrue(full.stream().anyMatch(r -> !entitiesPlacedBefore.contains(r.entity())), "a newcomer places: " + full);
        assertTrue(full.stream().anyMatch(r -> !touched.contains(r.entity())), "an untouched entity keeps a place: " + full);
        assertTrue(eligible > full.size(), "more entities could place than do: " + eligible);
        // without the touched entities the newcomers are missed: the candidates are what makes it right
        assertNotEquals(full, Txn.calculateRead(dsg,
                () -> EntityRankings.rankAfterAdding(dsg, entitiesPlacedBefore, Set.of(), OVERALL, PER_TYPE)));
        assertTrue(looked.size() < countEntities(dsg), "not every entity was looked at");
    }

    @Test
    void papersPlacedAmongThoseBeforeAndTheNewOnesArePlacedAsOverTheWholeStore() {
        DatasetGraph dsg = store.dataset();
        List<RankedPaper> full = Txn.calculateRead(dsg, () -> PaperRecency.rank(dsg, NEWEST));
        List<RankedPaper> after = Txn.calculateRead(dsg,
                () -> PaperRecency.rankAfterAdding(dsg, papersPlacedBefore, addedPapers, NEWEST));
        assertEquals(NEWEST, full.size());
        assertEquals(full, after);
        assertTrue(full.stream().anyMatch(p -> addedPapers.contains(p.paper())), "a new paper places: " + full);
        assertTrue(full.stream().anyMatch(p -> !addedPapers.contains(p.paper())), "an older paper keeps a place: " + full + " of " + addedPapers.size() + " new");
        assertTrue(papersBefore.size() > NEWEST, "some earlier papers did not place: " + papersBefore.size());
        assertNotEquals(full, Txn.calculateRead(dsg,
                () -> PaperRecency.rankAfterAdding(dsg, papersPlacedBefore, Set.of(), NEWEST)));
    }

    @Test
    void theBuildLeavesItsRankingsMarkedCurrentAndTheyEqualAFullRanking() {
        assertTrue(store.markedComplete(KG.RANKINGS_GRAPH));
        List<String> updated = rankingsGraph(store);
        Rankings.rewrite(store);
        assertEquals(rankingsGraph(store), updated, "the second build's update equals ranking everything");
    }

    private static List<String> rankingsGraph(KgStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.find(KG.RANKINGS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
            Collections.sort(out);
            return out;
        });
    }

    private static long countEntities(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream(KG.ENTITIES_GRAPH, Node.ANY, KG.paperCount, Node.ANY).count());
    }
}
