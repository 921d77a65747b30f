package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index layout a store is created with, and that a store made with TDB2's defaults keeps its own. */
class StoreLayoutTest {
    @TempDir
    Path tmp;

    private static final Node G1 = NodeFactory.createURI("urn:x:g1"), G2 = NodeFactory.createURI("urn:x:g2");
    private static final Node S = NodeFactory.createURI("urn:x:s"), P = NodeFactory.createURI("urn:x:p");
    private static final Node O = NodeFactory.createURI("urn:x:o");

    private static String[] quadIndexes(KgStore store) {
        return TDBInternal.getDatasetGraphTDB(store.dataset()).getStoreParams().getQuadIndexes();
    }

    /** Every way a quad can be asked for, with and without the graph, must find it in any layout. */
    private static void assertEveryPatternFinds(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> {
            for (Node g : new Node[] {G1, Node.ANY}) {
                for (int mask = 0; mask < 8; mask++) {
                    Node s = (mask & 1) != 0 ? S : Node.ANY, p = (mask & 2) != 0 ? P : Node.ANY, o = (mask & 4) != 0 ? O : Node.ANY;
                    List<Quad> found = dsg.stream(g, s, p, o).toList();
                    int expected = g == G1 ? 1 : 2;
                    assertEquals(expected, found.size(), "pattern " + g + " " + s + " " + p + " " + o);
                }
            }
        });
    }

    private static void addTwo(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            dsg.add(G1, S, P, O);
            dsg.add(G2, S, P, O);
        });
    }

    @Test
    void aNewStoreHasFourQuadIndexesAndRecordsThem() {
        Path dir = tmp.resolve("new");
        try (KgStore store = KgStore.open(dir)) {
            assertArrayEquals(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}, quadIndexes(store));
            addTwo(store.dataset());
            assertEveryPatternFinds(store.dataset());
        }
        assertTrue(Files.isRegularFile(dir.resolve("tdb.cfg")), "the layout is written into the store");
        // Opened again (as any TDB2 tool would open it): the recorded layout holds.
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            assertEquals(4, TDBInternal.getDatasetGraphTDB(again).getStoreParams().getQuadIndexes().length);
            assertEveryPatternFinds(again);
        } finally {
            TDBInternal.expel(again);
        }
    }

    @Test
    void aStoreMadeWithTheDefaultsKeepsItsSixIndexes() {
        Path dir = tmp.resolve("old");
        DatasetGraph old = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(old, () -> old.add(G1, S, P, O));
        TDBInternal.expel(old);
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(6, quadIndexes(store).length);
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(G2, S, P, O));
            assertEveryPatternFinds(store.dataset());
        }
    }
}
