package org.paperkg.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.rdf.KG;

/**
 * The knowledge graph on disk: a TDB2 database whose default graph, for queries, is the union of its named graphs
 * (all data lives in named graphs: one per paper, one for entities, one for the ontology).
 * Writes go through Jena's TDB2 loader, one transaction per batch, so a crash loses at most the batch in flight; a new
 * store can first be loaded in bulk ({@link #startBulk}), which stores nothing until its indexes are written.
 */
public final class KgStore implements AutoCloseable {
    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KgStore.class);
    private final Path dir;
    /** Replaced only when the database files are deleted and made again ({@link #clear}, or after a stopped bulk load). */
    private volatile DatasetGraph dsg;
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
        KgStore store = new KgStore(dir, connect(dir));
        // The marker of a load this JVM is running is not a stopped load: TDB2 shares the dataset within a process.
        if (Files.exists(store.marker()) && !LOADING.contains(key(dir))) store.emptyAfterStoppedBulkLoad();
        return store;
    }

    private static DatasetGraph connect(Path dir) {
        DatasetGraph dsg = StoreLock.connect(dir);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        NodeFileLength.install(dsg); // warns when it cannot
        return dsg;
    }

    /**
     * Starts loading an empty store in bulk ({@link BulkLoad}): much faster for a large first build, but nothing
     * is stored until {@link BulkLoad#finish}, and a build stopped before it leaves an empty store.
     */
    public BulkLoad startBulk(int runQuads) {
        if (!canBulkLoad()) throw new IllegalStateException("a bulk load needs a new (or cleared) store; " + dir + " has been written");
        try {
            Files.deleteIfExists(marker());
            Files.createFile(marker());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write " + marker() + ": " + e.getMessage(), e);
        }
        LOADING.add(key(dir));
        return new BulkLoad(this, runQuads);
    }

    /** The file that marks a bulk load as not yet whole ({@link BulkLoad}). */
    private Path marker() {
        return dir.resolve(BulkLoad.MARKER);
    }

    /** The stores this JVM is loading in bulk. */
    private static final java.util.Set<Path> LOADING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /** A bulk load ended without its indexes: its marker stays, so the store is emptied when next opened. */
    void bulkLoadAbandoned() {
        LOADING.remove(key(dir));
    }

    /** Whether {@link #startBulk} may start: the store is empty and its quad indexes were never written. */
    public boolean canBulkLoad() {
        return isEmpty() && BulkLoad.pristine(dsg);
    }

    /** A bulk load wrote its indexes: the store is whole. */
    void bulkLoadEnded() {
        try {
            Files.deleteIfExists(marker());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot remove " + marker() + ": " + e.getMessage(), e);
        }
        LOADING.remove(key(dir));
    }

    /**
     * The store holds what a bulk load stopped before its indexes left: node-table entries and some indexes, maybe
     * half written. A bulk load only starts on an empty store, so nothing of value is here: the database files go
     * and the store starts empty.
     */
    private void emptyAfterStoppedBulkLoad() {
        LOG.warn("{}: a bulk load into this store was stopped before it wrote its indexes; the store starts empty", dir);
        deleteDatabase();
        bulkLoadEnded();
    }

    /** Deletes the database files and connects to a new, empty database in the same folder. */
    private void deleteDatabase() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        try (var entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith("Data-") || name.equals(BulkLoad.RUNS_DIR) || name.equals(COMPACTING_DIR)) deleteTree(p);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot empty " + dir + ": " + e.getMessage(), e);
        }
        dsg = connect(dir);
    }

    /** Deletes a file or a folder with all it holds; nothing to do when it is not there. */
    public static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path q : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(q);
        }
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

    /**
     * Replaces the content of named graph {@code graph} with what {@code writer} sends: one transaction removes the
     * graph, the loader's next one writes the new content (for the entities graph of a whole build, too large to hold
     * in memory; a crash in between is caught by the entities' completeness mark).
     */
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dsg, () -> dsg.removeGraph(graph));
        load(writer);
    }

    /**
     * Makes named graph {@code graph} hold exactly what {@code writer} sends (triples go into {@code graph}), in one
     * transaction that removes and adds only the quads that differ. For the small graphs every build recomputes
     * (rankings, co-occurrence, ontology): nearly all their quads are the same from one build to the next, and
     * removing and re-adding them copies index blocks of a large store for nothing. Holds the new content in memory.
     */
    public void syncGraph(Node graph, Consumer<StreamRDF> writer) {
        Set<Quad> wanted = new HashSet<>(collect(graph, writer));
        Txn.executeWrite(dsg, () -> {
            List<Quad> stale = new ArrayList<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!wanted.remove(q)) stale.add(q);
            });
            stale.forEach(dsg::delete);
            wanted.forEach(dsg::add);
        });
    }

    /**
     * Makes the triples of {@code subjects} in {@code graph} exactly those {@code writer} sends for them, in one
     * transaction that removes and adds only the quads that differ; other subjects' triples stay, and what the writer
     * sends for them is added. An incremental build rewrites thousands of entities whose description mostly stays
     * the same (type, labels, name keys, variants) while a count or a vote changes: writing only the change spares
     * most of the index updates that removing and re-adding every triple made.
     */
    public void replaceSubjects(Node graph, Set<String> subjects, Consumer<StreamRDF> writer) {
        Map<Node, Set<Quad>> wanted = new HashMap<>();
        for (Quad q : collect(graph, writer)) wanted.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q);
        Txn.executeWrite(dsg, () -> {
            List<Quad> stale = new ArrayList<>();
            for (String s : subjects) {
                Node subject = NodeFactory.createURI(s);
                Set<Quad> missing = wanted.getOrDefault(subject, new HashSet<>());
                dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!missing.remove(q)) stale.add(q);
                });
            }
            stale.forEach(dsg::delete);
            // Only what the store lacks: re-adding a held quad would still walk (and may copy) the index blocks.
            for (Set<Quad> qs : wanted.values()) {
                for (Quad q : qs) if (!dsg.contains(q)) dsg.add(q);
            }
        });
    }

    /** What {@code writer} sends, as quads (triples placed in {@code graph}). */
    private static List<Quad> collect(Node graph, Consumer<StreamRDF> writer) {
        List<Quad> out = new ArrayList<>();
        writer.accept(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }

            @Override
            public void triple(Triple t) {
                out.add(Quad.create(graph, t));
            }
        });
        return out;
    }

    /**
     * Whether the entities graph describes every entity of every paper graph. A build removes the mark before it
     * writes any paper and sets it when the entities graph is written, so a build killed in between leaves it
     * absent and the next build recounts every entity instead of only those its new papers name.
     */
    public boolean entitiesComplete() {
        // An entities graph without name votes was written before they were kept: incremental builds add to those
        // votes, so such a graph counts as incomplete and the next build recounts (and rewrites) every entity.
        return Txn.calculateRead(dsg, () -> dsg.contains(completeMark(KG.ENTITIES_GRAPH))
                && dsg.find(KG.ENTITIES_GRAPH, Node.ANY, KG.labelVotes, Node.ANY).hasNext());
    }

    /**
     * The quad by which a summary graph (entities, rankings) says of itself that it describes every paper graph:
     * {@code <graph> kg:complete true}, in that graph.
     */
    public static Quad completeMark(Node graph) {
        return Quad.create(graph, graph, KG.complete, TRUE);
    }

    /** Whether {@code graph} carries its {@link #completeMark}. */
    public boolean markedComplete(Node graph) {
        return Txn.calculateRead(dsg, () -> dsg.contains(completeMark(graph)));
    }

    /** Sets or removes the {@link #completeMark} of each graph, in one transaction. */
    public void markComplete(boolean complete, Node... graphs) {
        Txn.executeWrite(dsg, () -> {
            for (Node g : graphs) {
                if (complete) dsg.add(completeMark(g));
                else dsg.delete(completeMark(g));
            }
        });
    }

    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

    /** Loads the ontology Turtle from the classpath into its own named graph, replacing what was there. */
    public void loadOntology() {
        syncGraph(KG.ONTOLOGY_GRAPH, out -> {
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

    /**
     * Removes every graph: the start of a full rebuild. The database files are deleted and a new database made, not
     * every quad deleted: that would leave files the size of the old store and index trees a bulk load cannot write.
     * The store's {@link #dataset} is then a new object: call it before a server or query takes it, not after.
     */
    public void clear() {
        deleteDatabase();
    }

    /** What compacting the store did: the bytes of its folder before and after, and how long it took. */
    public record Compaction(long bytesBefore, long bytesAfter, long millis) {
    }

    /** Where {@link #compact} writes the new generation, inside the store's folder (same file system, so it moves by a rename). */
    static final String COMPACTING_DIR = "compacting";
    /**
     * Rewrites the store into new files holding only its live data and deletes the old ones. TDB2 writes copy on
     * write: each committed transaction (each batch of an incremental build, each rewrite of the summary graphs)
     * leaves the index blocks it replaced in the files, so a store grows far more than the quads a build adds
     * (docs/PERFORMANCE.md). The quads go into a new store through the bulk load (packed indexes, the same layout as
     * this store's), which then becomes the next generation ({@code Data-NNNN}, TDB2 opens the highest): a crash
     * before that rename leaves this store as it was, after it the new one. TDB2's own compaction was measured
     * slower and writes a larger store: it copies quad by quad into its default six indexes.
     *
     * <p>The store's {@link #dataset} is a new object afterwards; nothing else in this JVM may be using the store.
     */
    public Compaction compact() {
        long t0 = System.nanoTime();
        long before = bytesOnDisk(dir);
        Path work = dir.resolve(COMPACTING_DIR);
        try {
            deleteTree(work); // what a stopped compaction left
            StoreParams params = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
            KgStore copy = new KgStore(work, StoreLock.connect(work, params));
            try {
                copyInto(copy);
            } finally {
                TDBInternal.expel(copy.dsg);
            }
            Path live = liveGeneration();
            int next = Integer.parseInt(live.getFileName().toString().substring("Data-".length())) + 1;
            TDBInternal.expel(dsg);
            Files.move(work.resolve("Data-0001"), dir.resolve(String.format("Data-%04d", next)), StandardCopyOption.ATOMIC_MOVE);
            dsg = connect(dir);
            deleteTree(live);
            deleteTree(work);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot compact " + dir + ": " + e.getMessage(), e);
        }
        return new Compaction(before, bytesOnDisk(dir), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Every quad of this store into {@code copy}, in this store's primary index order; a read transaction here. */
    private void copyInto(KgStore copy) {
        List<Quad> unnamed = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            Iterator<Quad> all = dsg.find();
            BulkLoad bulk = copy.startBulk(BulkLoad.DEFAULT_RUN_QUADS);
            try {
                // One node-table transaction for every quad: the node table's B+tree is keyed by hash, so each
                // transaction copies most of its leaves. In 1M-quad transactions it came out at 1,968 MB, in one
                // at 176 MB (the 115k store).
                bulk.load(out -> all.forEachRemaining(q -> {
                    if (q.isDefaultGraph()) unnamed.add(q); // not written by paperkg; kept all the same
                    else out.quad(q);
                }));
                bulk.finish();
            } finally {
                bulk.close();
            }
        });
        if (!unnamed.isEmpty()) Txn.executeWrite(copy.dsg, () -> unnamed.forEach(copy.dsg::add));
    }

    /** The generation TDB2 reads: the highest-numbered {@code Data-NNNN} folder. */
    private Path liveGeneration() throws java.io.IOException {
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().matches("Data-\\d{4,}") && Files.isDirectory(p))
                    .max(java.util.Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString().substring(5))))
                    .orElseThrow(() -> new StoreException(dir + " has no Data-NNNN folder: not a TDB2 store"));
        }
    }

    /** The bytes of the regular files under {@code dir} (0 when it is not there). */
    public static long bytesOnDisk(Path dir) {
        if (!Files.exists(dir)) return 0;
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the size of " + dir + ": " + e.getMessage(), e);
        }
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

    /** Set once the process is known to end as soon as its command returns ({@link #leaveReleaseToProcessExit}). */
    private static volatile boolean releasedByProcessExit;

    /**
     * Says that this process ends when its command returns (the command line's {@code main}; tests that run commands
     * in their own JVM do not call it). From then on {@link #close} leaves the store to the exit: TDB2's release ends
     * with a full collection ({@code Runtime.gc()}, for memory-mapped files on Windows), 0.1 s at the end of a build
     * into the 115k store, while every write is already committed and synced and the exit closes the files and drops
     * the lock all the same (docs/PERFORMANCE.md, 2026-12-07 16:47).
     */
    public static void leaveReleaseToProcessExit() {
        releasedByProcessExit = true;
    }

    /**
     * Lets another process open the store: releases it (and its lock) now, also in a command line's process, where
     * {@link #close} leaves that to the exit. For {@code bench}, which hands its store to a {@code build} of its own.
     */
    public void release() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }

    @Override
    public void close() {
        if (releasedByProcessExit) return;
        // TDB2 databases stay cached per JVM; releasing lets a test reopen the same directory cleanly.
        release();
    }
}
