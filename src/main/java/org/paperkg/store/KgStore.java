package org.paperkg.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.paperkg.rdf.KG;

/**
 * The knowledge graph on disk: a TDB2 database whose default graph, for queries, is the union of its named graphs
 * (all data lives in named graphs: one per paper, one for entities, one for the ontology).
 * Writes go through Jena's TDB2 loader, one transaction per batch, so a crash loses at most the batch in flight.
 */
public final class KgStore implements AutoCloseable {
    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private final Path dir;
    private final DatasetGraph dsg;
    private volatile long lastCommitMillis;

    private KgStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating when absent) the store in {@code dir}. */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = StoreLock.connect(dir);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KgStore(dir, dsg);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path directory() {
        return dir;
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    /**
     * Whether named graph {@code graphIri} holds data. Usable inside {@link #load}'s writer (it then sees what that
     * transaction wrote so far): an index lookup, cheap however large the store.
     */
    public boolean hasGraph(String graphIri) {
        Node n = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> dsg.find(n, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /**
     * Loads what {@code writer} sends in one transaction through the TDB2 loader; nothing of it is visible, or
     * kept, unless the writer returns normally. Returns the number of quads sent.
     */
    public long load(Consumer<StreamRDF> writer) {
        DataLoader loader = LoaderFactory.basicLoader(dsg, QUIET);
        loader.startBulk();
        try {
            writer.accept(loader.stream());
            long t0 = System.nanoTime();
            loader.finishBulk();
            lastCommitMillis = (System.nanoTime() - t0) / 1_000_000;
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    /** How long the commit of the last {@link #load} took (writing the transaction to disk), in milliseconds. */
    public long lastCommitMillis() {
        return lastCommitMillis;
    }

    /** Replaces the content of named graph {@code graph} with what {@code writer} sends, in one transaction. */
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dsg, () -> dsg.removeGraph(graph));
        load(writer);
    }

    /**
     * Removes from {@code graph} every triple whose subject is one of {@code subjects}, then loads what
     * {@code writer} sends; other subjects' triples stay as they are.
     */
    public void replaceSubjects(Node graph, Set<String> subjects, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dsg, () -> {
            for (String s : subjects) dsg.deleteAny(graph, NodeFactory.createURI(s), Node.ANY, Node.ANY);
        });
        load(writer);
    }

    /**
     * Whether the entities graph describes every entity of every paper graph. A build removes the mark before it
     * writes any paper and sets it when the entities graph is written, so a build killed in between leaves it
     * absent and the next build recounts every entity instead of only those its new papers name.
     */
    public boolean entitiesComplete() {
        // An entities graph without name votes was written before they were kept: incremental builds add to those
        // votes, so such a graph counts as incomplete and the next build recounts (and rewrites) every entity.
        return Txn.calculateRead(dsg, () -> dsg.contains(KG.ENTITIES_GRAPH, KG.ENTITIES_GRAPH, KG.complete, TRUE)
                && dsg.find(KG.ENTITIES_GRAPH, Node.ANY, KG.labelVotes, Node.ANY).hasNext());
    }

    public void markEntitiesComplete(boolean complete) {
        Txn.executeWrite(dsg, () -> {
            if (complete) dsg.add(KG.ENTITIES_GRAPH, KG.ENTITIES_GRAPH, KG.complete, TRUE);
            else dsg.delete(KG.ENTITIES_GRAPH, KG.ENTITIES_GRAPH, KG.complete, TRUE);
        });
    }

    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

    /** Loads the ontology Turtle from the classpath into its own named graph, replacing what was there. */
    public void loadOntology() {
        replaceGraph(KG.ONTOLOGY_GRAPH, out -> {
            try (InputStream in = KgStore.class.getResourceAsStream("/ontology/paperkg.ttl")) {
                if (in == null) throw new StoreException("ontology/paperkg.ttl is missing from the classpath");
                StreamRDF toGraph = new org.apache.jena.riot.system.StreamRDFWrapper(out) {
                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        out.quad(org.apache.jena.sparql.core.Quad.create(KG.ONTOLOGY_GRAPH, t));
                    }
                };
                RDFParser.source(in).lang(Lang.TURTLE).parse(toGraph);
            } catch (java.io.IOException e) {
                throw new StoreException("cannot read the ontology: " + e.getMessage(), e);
            }
        });
    }

    /** Removes every graph: the start of a full rebuild. */
    public void clear() {
        Txn.executeWrite(dsg, dsg::clear);
    }

    /** Counts for the stats command: papers, entities per type, quads, named graphs. */
    public Map<String, Long> stats() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> m = new LinkedHashMap<>();
            Node paperType = KG.Paper;
            m.put("papers", distinctSubjects(paperType));
            for (org.paperkg.extract.EntityType t : org.paperkg.extract.EntityType.values()) {
                m.put("entities." + t.localName(), count(KG.ENTITIES_GRAPH, KG.classOf(t)));
            }
            m.put("results", distinctSubjects(KG.Result));
            long quads = 0;
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) quads += dsg.getGraph(g).size();
            m.put("namedGraphs", (long) graphs.size());
            m.put("quads", quads);
            return m;
        });
    }

    private long count(Node graph, Node type) {
        long n = 0;
        var it = dsg.find(graph, Node.ANY, KG.type, type);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private long distinctSubjects(Node type) {
        Set<Node> s = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, KG.type, type).forEachRemaining(q -> s.add(q.getSubject()));
        return s.size();
    }

    @Override
    public void close() {
        // TDB2 databases stay cached per JVM; releasing lets a test reopen the same directory cleanly.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
