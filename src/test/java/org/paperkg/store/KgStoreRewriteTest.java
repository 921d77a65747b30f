package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two rewrites that write only what changed (KgStore.syncGraph, KgStore.replaceSubjects) leave a real TDB2 store
 * holding exactly what a remove-then-add would: the new content where asked, everything else untouched.
 */
class KgStoreRewriteTest {
    @TempDir
    Path tmp;

    private static final Node G = uri("g"), OTHER = uri("other");
    private static final Node P = uri("p");

    private static Node uri(String local) {
        return NodeFactory.createURI("urn:x:" + local);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Quad q(Node g, String s, Node o) {
        return Quad.create(g, uri(s), P, o);
    }

    private static Set<Quad> held(KgStore store, Node g) {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().stream(g, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet()));
    }

    private static void add(KgStore store, Quad... quads) {
        store.load(out -> {
            for (Quad x : quads) out.quad(x);
        });
    }

    @Test
    void syncGraphLeavesExactlyTheNewContentAndOtherGraphsAlone() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            add(store, q(G, "a", count(1)), q(G, "b", count(2)), q(G, "c", uri("o")), q(OTHER, "a", count(1)));
            store.syncGraph(G, out -> {
                out.quad(q(G, "b", count(2)));
                out.quad(q(G, "c", uri("o")));
                out.quad(q(G, "a", count(5))); // same subject and predicate, new count
                out.triple(Triple.create(uri("d"), P, uri("o"))); // a triple lands in the graph synced
            });
            assertEquals(Set.of(q(G, "a", count(5)), q(G, "b", count(2)), q(G, "c", uri("o")), q(G, "d", uri("o"))),
                    held(store, G));
            assertEquals(Set.of(q(OTHER, "a", count(1))), held(store, OTHER));

            store.syncGraph(G, out -> { });
            assertEquals(Set.of(), held(store, G));
            assertEquals(Set.of(q(OTHER, "a", count(1))), held(store, OTHER));
        }
    }

    @Test
    void replaceSubjectsRewritesOnlyTheSubjectsNamed() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            add(store, q(G, "e1", count(3)), q(G, "e1", uri("kept")), q(G, "e1", uri("dropped")),
                    q(G, "e2", count(7)), q(OTHER, "e1", count(3)));
            store.replaceSubjects(G, Set.of("urn:x:e1", "urn:x:gone"), out -> {
                out.quad(q(G, "e1", count(4)));
                out.quad(q(G, "e1", uri("kept")));
                out.quad(q(G, "x", uri("extractor"))); // a subject not named: added, nothing of it removed
            });
            assertEquals(Set.of(q(G, "e1", count(4)), q(G, "e1", uri("kept")), q(G, "e2", count(7)),
                    q(G, "x", uri("extractor"))), held(store, G));
            assertEquals(Set.of(q(OTHER, "e1", count(3))), held(store, OTHER));
        }
    }
}
