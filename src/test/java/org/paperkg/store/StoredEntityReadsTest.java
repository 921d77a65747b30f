package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.Pipelines;
import org.paperkg.rdf.KG;

/**
 * The stored entity descriptions a build reads while its last batch commits are those of the store's last commit:
 * what the writer does in its open transaction, and commits while they are read, is not in them.
 */
class StoredEntityReadsTest {
    @TempDir
    Path tmp;

    @Test
    void readStartedInsideAWriteSeesTheLastCommitEvenAfterTheWriteCommits() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds")));
            DatasetGraph dsg = store.dataset();
            List<String> entities = new ArrayList<>();
            Txn.executeRead(dsg, () -> dsg.find(KG.ENTITIES_GRAPH, Node.ANY, KG.paperCount, Node.ANY)
                    .forEachRemaining(q -> entities.add(q.getSubject().getURI())));
            assertTrue(entities.size() > 100, "the seeds name many entities: " + entities.size());
            String unknown = "https://w3id.org/paperkg/entity/method/not-in-the-store";
            entities.add(unknown);
            SortedMap<String, List<Quad>> committed =
                    Txn.calculateRead(dsg, () -> StoredEntityForms.readDescribed(dsg, entities));
            assertTrue(committed.get(unknown).isEmpty());
            String first = committed.firstKey();
            assertFalse(committed.get(first).isEmpty());

            // The writer changes an entity's description and commits right after starting the read.
            Quad changed = Quad.create(KG.ENTITIES_GRAPH, NodeFactory.createURI(first), KG.altLabel,
                    NodeFactory.createLiteralString("a form written after the read began"));
            StoredEntityReads reads;
            dsg.begin(TxnType.WRITE);
            try {
                dsg.add(changed);
                reads = StoredEntityReads.start(store, entities);
                dsg.commit();
            } finally {
                dsg.end();
            }
            try (reads) {
                assertEquals(committed, reads.described());
            }
            // read again now, the committed change is there
            SortedMap<String, List<Quad>> after =
                    Txn.calculateRead(dsg, () -> StoredEntityForms.readDescribed(dsg, entities));
            assertTrue(after.get(first).contains(changed));
        }
    }

    @Test
    void aFailedReadIsThrownAsItsOwnExceptionWhenItsResultIsAsked() {
        KgStore store = KgStore.open(tmp.resolve("closed"));
        store.close(); // the helper's read of a closed store fails
        try (StoredEntityReads reads = StoredEntityReads.start(store, List.of("https://w3id.org/paperkg/entity/method/x"))) {
            RuntimeException e = assertThrows(RuntimeException.class, reads::described);
            assertFalse(e instanceof java.util.concurrent.CompletionException, e.toString());
        }
    }
}
