package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.Pipelines;
import org.paperkg.extract.Relation;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.ModelDatasetQuads.Counts;
import org.paperkg.rdf.RankingQuads.RankedResult;

/**
 * The reads a build makes beside its entity merge give what the same reads give on the committed store, and see the
 * store as committed: a write transaction open on another thread while they run changes nothing they return.
 */
class PaperOnlyReadsTest {
    @TempDir
    Path tmp;

    @Test
    void readsBesideAnOpenWriteSeeTheCommittedPapers() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds")));
            DatasetGraph dsg = store.dataset();
            Counts committed = ModelDatasetCounts.read(store);
            List<RankedResult> committedResults = Rankings.rankResults(store);
            assertFalse(committed.pairs().isEmpty(), "the seeds pair models with datasets");
            assertFalse(committedResults.isEmpty(), "the seeds report results");

            // A paper evaluated on one more dataset, written but not committed while the reads run.
            Quad paperUsesModel = Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY,
                    KG.property(Relation.USES_MODEL), Node.ANY).next());
            Quad extra = Quad.create(paperUsesModel.getGraph(), paperUsesModel.getSubject(),
                    KG.property(Relation.EVALUATED_ON),
                    NodeFactory.createURI("https://w3id.org/paperkg/entity/dataset/an-uncommitted-dataset"));
            Counts beside;
            List<RankedResult> besideResults;
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            try {
                dsg.add(extra);
                try (PaperOnlyReads reads = PaperOnlyReads.start(store)) {
                    beside = reads.modelDatasets();
                    besideResults = reads.results();
                }
                dsg.commit();
            } finally {
                dsg.end();
            }
            assertEquals(committed, beside);
            assertEquals(committedResults, besideResults);

            // once committed, the same reads count it
            try (PaperOnlyReads after = PaperOnlyReads.start(store)) {
                Counts now = after.modelDatasets();
                assertNotEquals(committed, now);
                assertTrue(now.pairs().stream().anyMatch(p -> p.dataset().endsWith("/an-uncommitted-dataset")));
                assertEquals(ModelDatasetCounts.read(store), now);
            }
        }
    }

    @Test
    void aFailedReadIsThrownAsItsOwnExceptionWhenItsResultIsAsked() {
        KgStore store = KgStore.open(tmp.resolve("closed"));
        store.close(); // a read of a closed store fails on the helper thread
        try (PaperOnlyReads reads = PaperOnlyReads.start(store)) {
            RuntimeException e = assertThrows(RuntimeException.class, reads::modelDatasets);
            assertFalse(e instanceof java.util.concurrent.CompletionException, e.toString());
            assertThrows(RuntimeException.class, reads::results);
        }
    }
}
