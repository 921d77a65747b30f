package org.paperkg.build;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.SkippedRecord;
import org.paperkg.extract.Doc;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.Findings;
import org.paperkg.link.EntityRegistry;
import org.paperkg.link.Iris;
import org.paperkg.link.LinkedPaper;
import org.paperkg.link.Linker;
import org.paperkg.rdf.EntityQuads;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.PaperQuads;
import org.paperkg.store.BulkLoad;
import org.paperkg.store.CooccurrenceCounts;
import org.paperkg.store.ModelDatasetCounts;
import org.paperkg.store.PaperOnlyReads;
import org.paperkg.store.KgStore;
import org.paperkg.store.Rankings;
import org.paperkg.store.StoredEntityForms;

/**
 * Runs the whole path for a set of inputs: read records, clean and extract, link, write quads — into a store (into
 * a new one in bulk, see {@link #bulkLoad}; otherwise one loader transaction per batch) or into any RDF stream. Records stream through: one thread reads, a bounded pool
 * extracts, and this thread writes the results in input order (see {@link OrderedExtraction}), so the output is the
 * same whatever the number of threads. What is kept across the run is only the set of paper keys seen (64-bit
 * hashes) and the entities of the papers written since they were last merged into the store (at most
 * {@link #maxEntitiesInMemory}; see {@code PendingEntities}).
 */
public final class GraphBuilder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphBuilder.class);
    private final ExtractionPipeline pipeline;
    private final Linker linker;
    private final double minConfidence;
    private final int batchSize;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Consumer<SkippedRecord> onSkip = s -> { };
    private BuildProgress progress = BuildProgress.NONE;
    private int maxEntitiesInMemory = defaultMaxEntitiesInMemory();
    private long bulkRecords = Long.MAX_VALUE;
    private int bulkRunQuads = BulkLoad.DEFAULT_RUN_QUADS;

    public GraphBuilder(ExtractionPipeline pipeline, Linker linker, double minConfidence, int batchSize) {
        this.pipeline = pipeline;
        this.linker = linker;
        this.minConfidence = minConfidence;
        this.batchSize = batchSize;
    }

    /** Called for each skipped record as it happens (the CLI prints them). */
    public GraphBuilder onSkip(Consumer<SkippedRecord> onSkip) {
        this.onSkip = onSkip;
        return this;
    }

    /** Number of extraction workers (default: one per core). */
    public GraphBuilder threads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
        return this;
    }

    /**
     * How many distinct entities the build holds in memory before it merges them into the store's entities graph
     * and lets them go (checked after each committed batch). The default gives them an eighth of the heap: a merge
     * holds the pending entities, their stored descriptions and their quads at once, about three times as much.
     */
    public GraphBuilder maxEntitiesInMemory(int n) {
        if (n < 1) throw new IllegalArgumentException("maxEntitiesInMemory must be at least 1, not " + n);
        this.maxEntitiesInMemory = n;
        return this;
    }

    /**
     * Heap an entity takes in the registry, with its names, votes and aliases: about 610 bytes measured (the live
     * heap grew from 58.5 to 99.9 MB while the registry grew from 9,199 to 76,709 entities, extracting 40k arXiv
     * records; class histograms at 14 s and 74 s), so 1 KB errs on the safe side.
     */
    static final long ENTITY_BYTES = 1024;

    static int defaultMaxEntitiesInMemory() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(10_000, Runtime.getRuntime().maxMemory() / 8 / ENTITY_BYTES));
    }

    /**
     * How many records, at most, a build into an empty store loads in bulk ({@link BulkLoad}: the indexes written
     * once, sorted, at the end of the segment) before it goes on one durable transaction per batch. The segment ends
     * at the first batch boundary past this many records, and earlier when the entities must be merged into the
     * store to free memory. A build stopped during the segment leaves an empty store; 0 turns bulk loading off.
     * Default: no limit (a whole corpus whose entities fit in memory loads in bulk).
     */
    public GraphBuilder bulkLoad(long records) {
        if (records < 0) throw new IllegalArgumentException("bulk-load records must be 0 or more, not " + records);
        this.bulkRecords = records;
        return this;
    }

    /** Quads per sorted run a bulk load spills (tests make it small to merge many runs). */
    GraphBuilder bulkRunQuads(int quads) {
        this.bulkRunQuads = quads;
        return this;
    }

    /** Told of every record as it is written (the CLI shows a progress line). */
    public GraphBuilder progress(BuildProgress progress) {
        this.progress = progress;
        return this;
    }

    /** A record whose paper the store holds: linked with no findings, since only its source record is written. */
    private LinkedPaper unextracted(PaperRecord record) {
        return linker.link(ExtractionPipeline.toDoc(record), new Findings());
    }

    /** Extracts one record and makes its quads (on an extraction worker). */
    private PreparedPaper prepare(PaperRecord record) {
        return PreparedPaper.extracted(process(record));
    }

    /** Extracts one record: clean, run the extractors, drop low-confidence findings, link. Thread-safe. */
    public LinkedPaper process(PaperRecord record) {
        Doc doc = ExtractionPipeline.toDoc(record);
        Findings findings = pipeline.run(doc);
        if (minConfidence > 0) findings.dropBelow(minConfidence);
        return linker.link(doc, findings);
    }

    /**
     * Builds into a store, one loader transaction per {@code batchSize} records (a killed build keeps every
     * committed batch), after a bulk load of the first records into a new store ({@link #bulkLoad}). Papers already in the store keep what they have (their source record is added if new);
     * at the end the entities graph is written (into an empty store) or updated for the entities the new papers
     * name (into a store that held papers), and the ontology graph is rewritten.
     */
    public BuildSummary buildInto(KgStore store, List<Path> inputs) {
        // The heap the build grows stays until it ends: given back and taken again, every page costs a fault.
        try (CommittedHeap heap = CommittedHeap.keep()) {
            return buildIntoStore(store, inputs);
        }
    }

    private BuildSummary buildIntoStore(KgStore store, List<Path> inputs) {
        long t0 = System.currentTimeMillis();
        // What a command spends before the build (JVM, store, extractors): a large part of a small build's wall time.
        if (LOG.isInfoEnabled()) LOG.info("build starts {} ms after the JVM", ManagementFactory.getRuntimeMXBean().getUptime());
        BuildSummary summary = new BuildSummary();
        boolean wasEmpty = store.isEmpty();
        boolean entitiesWereComplete = !wasEmpty && store.entitiesComplete();
        // Merging entities into the store mid-build needs its entities graph to describe the stored papers: true of
        // an empty store and of one a build completed, not of one whose last build was interrupted (recounted below)
        PendingEntities entities = new PendingEntities(wasEmpty || entitiesWereComplete);
        boolean rankingsWereCurrent = !wasEmpty && store.markedComplete(KG.RANKINGS_GRAPH);
        if (!wasEmpty) store.markComplete(false, KG.ENTITIES_GRAPH, KG.RANKINGS_GRAPH);
        // The papers this build adds to a store that held some, for the rankings to place among those placed before;
        // past the cap the list is dropped and everything is ranked again (a second or so, small beside such a build).
        AddedPapers added = new AddedPapers(wasEmpty ? 0 : ADDED_PAPERS_KEPT);
        PaperKeySet seenKeys = new PaperKeySet();

        // Into a store that holds papers, a worker first asks the store (a read of the last commit, beside the
        // writer's transaction) whether the record's paper is there: such a paper only gets its source record, so
        // extracting it again would be thrown away (rebuilding a large corpus plus a few new records would redo it
        // all). A paper first met earlier in this run is not committed yet: it is extracted, and the writer keeps
        // only its source, as before.
        Function<PaperRecord, PreparedPaper> work = wasEmpty ? this::prepare
                : record -> store.hasGraph(Iris.paperGraph(Iris.paperKey(record)))
                        ? PreparedPaper.stored(unextracted(record)) : prepare(record);
        BulkLoad bulk = wasEmpty && bulkRecords > 0 && store.canBulkLoad() ? store.startBulk(bulkRunQuads) : null;
        boolean entitiesWritten = false;
        try (OrderedExtraction<PreparedPaper> results = OrderedExtraction.start(inputs, work, threads)) {
            boolean more = true;
            int batches = 0;
            while (more) {
                long batchStart = System.nanoTime();
                boolean[] ended = {false};
                ToLongFunction<Consumer<StreamRDF>> load = bulk != null ? bulk::load : store::load;
                summary.quadsWritten += load.applyAsLong(out -> {
                    int n = 0;
                    while (n < batchSize) {
                        OrderedExtraction.Item<PreparedPaper> item = results.next();
                        if (item == null) {
                            ended[0] = true;
                            return;
                        }
                        if (handleSkip(item, summary)) continue;
                        PreparedPaper prepared = item.result();
                        boolean present = !wasEmpty && store.hasGraph(prepared.paper().graph());
                        if (writePaper(prepared, present, seenKeys, entities.registry, summary, out)) added.add(prepared.paper().iri());
                        n++;
                    }
                });
                more = !ended[0];
                batches++;
                boolean overEntityLimit = entities.registry.size() > maxEntitiesInMemory;
                if (bulk != null && (!more || summary.recordsRead >= bulkRecords || overEntityLimit)) {
                    entitiesWritten = endBulkLoad(bulk, !more, entities, summary.recordsRead);
                    bulk = null;
                }
                if (bulk != null) {
                    LOG.info("bulk batch {}: {} records read ({} ms; stored when the bulk load ends)", batches,
                            summary.recordsRead, (System.nanoTime() - batchStart) / 1_000_000);
                } else {
                    // Each line means one more batch is committed and durable (a crash keeps it); tests wait for it.
                    LOG.info("committed batch {}: {} records read ({} ms, of it {} ms committing)", batches,
                            summary.recordsRead, (System.nanoTime() - batchStart) / 1_000_000, store.lastCommitMillis());
                }
                if (more && entities.mayMerge && overEntityLimit) {
                    long m0 = System.nanoTime();
                    int n = entities.registry.size();
                    entities.mergeIntoStore(store);
                    LOG.info("merged {} entities into the store to free memory ({} ms)", n, (System.nanoTime() - m0) / 1_000_000);
                }
            }
        } finally {
            if (bulk != null) bulk.close(); // stopped by an error: the store is emptied when next opened
        }
        EntityRegistry registry = entities.registry;
        progress.writing();
        try (PaperOnlyReads paperReads = PaperOnlyReads.start(store)) {
            endPasses(store, entities, entitiesWritten, wasEmpty, rankingsWereCurrent, added, paperReads);
        }
        summary.entities = entities.distinct(registry);
        summary.millis = System.currentTimeMillis() - t0;
        progress.done();
        return summary;
    }

    /**
     * What follows the papers: the entities graph, then the summary graphs. The counts that read only papers are
     * made on a helper thread meanwhile ({@link PaperOnlyReads}).
     */
    private void endPasses(KgStore store, PendingEntities entities, boolean entitiesWritten, boolean wasEmpty,
                           boolean rankingsWereCurrent, AddedPapers added, PaperOnlyReads paperReads) {
        EntityRegistry registry = entities.registry;
        Set<String> touched = null;
        long e0 = System.nanoTime();
        if (entitiesWritten) {
            // written with the bulk load
        } else if (wasEmpty && !entities.merged) {
            store.replaceGraph(KG.ENTITIES_GRAPH, out -> EntityQuads.write(registry, extractorNames(), out));
        } else if (!entities.mayMerge) {
            // An earlier build was interrupted before it described its entities: recount all of them.
            EntityRegistry all = new EntityRegistry(linker.catalog());
            StoredEntityForms.preload(store.dataset(), all);
            store.replaceGraph(KG.ENTITIES_GRAPH, out -> EntityQuads.write(all, extractorNames(), out));
        } else {
            // Incremental, or entities merged mid-build: only the entities the new papers name change
            // (PendingEntities.mergeIntoStore). The rankings can build on what they placed before only when the
            // touched entities are all at hand, i.e. none were merged and let go mid-build.
            if (!entities.merged) touched = registry.iris();
            entities.mergeIntoStore(store);
        }
        store.markComplete(true, KG.ENTITIES_GRAPH);
        long c0 = System.nanoTime();
        CooccurrenceCounts.rewrite(store, CooccurrenceCounts.TOP);
        long m0 = System.nanoTime();
        ModelDatasetCounts.write(store, paperReads.modelDatasets());
        long r0 = System.nanoTime();
        if (rankingsWereCurrent && touched != null && added.kept()) {
            Rankings.update(store, touched, added.iris(), paperReads.results());
        } else {
            Rankings.rewrite(store, paperReads.results());
        }
        store.loadOntology();
        long end = System.nanoTime();
        // Where the time after the last batch goes: on an incremental build these passes over the whole store are
        // a large part of it.
        LOG.info("entities {} ms, co-occurrences {} ms, model-datasets {} ms, rankings and ontology {} ms",
                (c0 - e0) / 1_000_000, (m0 - c0) / 1_000_000, (r0 - m0) / 1_000_000, (end - r0) / 1_000_000);
    }

    /**
     * Ends a bulk load at a batch boundary: its indexes are written and the store holds its papers. When the input
     * ended with it and no entities were merged, the entities graph goes into the load first. Returns whether it did.
     */
    private boolean endBulkLoad(BulkLoad bulk, boolean inputEnded, PendingEntities entities, long recordsRead) {
        long b0 = System.nanoTime();
        boolean withEntities = inputEnded && !entities.merged;
        if (inputEnded) progress.writing();
        if (withEntities) {
            // The whole build is in the segment: its entities graph goes in with it.
            EntityRegistry all = entities.registry;
            long e0 = System.nanoTime();
            bulk.load(out -> EntityQuads.write(all, extractorNames(), out));
            LOG.info("entities graph of {} entities into the bulk load ({} ms)", all.size(), (System.nanoTime() - e0) / 1_000_000);
        }
        bulk.finish();
        LOG.info("wrote the store's indexes for the {} records loaded in bulk ({} ms)", recordsRead,
                (System.nanoTime() - b0) / 1_000_000);
        return withEntities;
    }

    /** Writes the whole graph of the inputs (papers, entities; not the ontology) to {@code out}, no store. */
    public BuildSummary writeTo(List<Path> inputs, StreamRDF sink) {
        try (CommittedHeap heap = CommittedHeap.keep()) {
            return writeGraph(inputs, sink);
        }
    }

    private BuildSummary writeGraph(List<Path> inputs, StreamRDF sink) {
        long t0 = System.currentTimeMillis();
        BuildSummary summary = new BuildSummary();
        long[] quads = {0};
        StreamRDF out = new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad q) {
                quads[0]++;
                super.quad(q);
            }
        };
        EntityRegistry registry = new EntityRegistry(linker.catalog());
        PaperKeySet seenKeys = new PaperKeySet();
        out.start();
        try (OrderedExtraction<PreparedPaper> results = OrderedExtraction.start(inputs, this::prepare, threads)) {
            OrderedExtraction.Item<PreparedPaper> item;
            while ((item = results.next()) != null) {
                if (handleSkip(item, summary)) continue;
                writePaper(item.result(), false, seenKeys, registry, summary, out);
            }
        }
        EntityQuads.write(registry, extractorNames(), out);
        out.finish();
        summary.quadsWritten = quads[0];
        summary.entities = registry.size();
        summary.millis = System.currentTimeMillis() - t0;
        progress.done();
        return summary;
    }

    private boolean handleSkip(OrderedExtraction.Item<?> item, BuildSummary summary) {
        if (item.skipped() == null) return false;
        summary.skipped.add(item.skipped());
        onSkip.accept(item.skipped());
        return true;
    }

    /**
     * Writes one paper. {@code inStore}: its graph already holds data (from an earlier build, or from an earlier
     * record of this run), so only the source record is added — the same input twice changes nothing.
     */
    private boolean writePaper(PreparedPaper prepared, boolean inStore, PaperKeySet seenKeys,
                               EntityRegistry registry, BuildSummary summary, StreamRDF out) {
        LinkedPaper paper = prepared.paper();
        summary.recordsRead++;
        progress.record(summary.recordsRead);
        boolean firstThisRun = seenKeys.add(paper.key());
        if (!firstThisRun) summary.duplicateRecords++;
        if (inStore || !firstThisRun) {
            // Met before (in the store, or earlier in this run): the first reading stands; record the source only.
            if (inStore && firstThisRun) summary.papersAlreadyPresent++;
            PaperQuads.writeSource(paper, out);
            return false;
        }
        summary.papersAdded++;
        registry.addPaper(paper);
        prepared.writeTo(out);
        return true;
    }

    /**
     * The entities of the papers this build wrote and has not yet merged into the store. A fresh build of a corpus
     * that names more distinct entities than {@link #maxEntitiesInMemory} (the 2.5 million papers of the full arXiv
     * snapshot name millions) merges them into the store's entities graph after a committed batch, as an
     * incremental build does at its end, and starts a new registry: the stored description of an entity plus the
     * counts of the papers since are the counts over all papers, so the graph comes out the same.
     */
    private final class PendingEntities {
        /** False when the store's entities graph does not describe its papers (a build was interrupted). */
        final boolean mayMerge;
        EntityRegistry registry = new EntityRegistry(linker.catalog());
        /** True once some entities were merged into the store and let go. */
        boolean merged;
        /** The entities merged so far, as 64-bit hashes of their IRIs: for the summary's count, at 16 bytes each. */
        private final PaperKeySet mergedIris = new PaperKeySet();

        PendingEntities(boolean mayMerge) {
            this.mayMerge = mayMerge;
        }

        /**
         * Adds the stored counts (name votes, aliases, papers: what the entities graph says of the papers before)
         * of the pending entities to theirs, rewrites those entities (only the quads that change) and lets them go.
         * The cost grows with the number of pending entities, not with the store.
         */
        void mergeIntoStore(KgStore store) {
            if (registry.size() == 0) return;
            EntityRegistry recount = new EntityRegistry(linker.catalog());
            StoredEntityForms.loadDescribed(store.dataset(), recount, registry.iris());
            recount.addAll(registry);
            store.replaceSubjects(KG.ENTITIES_GRAPH, recount.iris(), out -> EntityQuads.write(recount, extractorNames(), out));
            for (String iri : registry.iris()) mergedIris.add(iri);
            merged = true;
            registry = new EntityRegistry(linker.catalog());
        }

        /** Distinct entities the build's papers name. */
        int distinct(EntityRegistry last) {
            if (!merged) return last.size();
            for (String iri : last.iris()) mergedIris.add(iri);
            return mergedIris.size();
        }
    }

    /** At most this many added papers are listed for the rankings (about 10 MB of IRIs). */
    static final int ADDED_PAPERS_KEPT = 100_000;

    /** The IRIs of the papers a build added, up to a cap; past it, {@link #kept} is false. */
    private static final class AddedPapers {
        private final int cap;
        private final List<String> iris = new ArrayList<>();
        private boolean overflowed;

        AddedPapers(int cap) {
            this.cap = cap;
        }

        void add(String iri) {
            if (overflowed) return;
            if (iris.size() >= cap) {
                overflowed = true;
                iris.clear();
            } else {
                iris.add(iri);
            }
        }

        boolean kept() {
            return !overflowed;
        }

        List<String> iris() {
            return iris;
        }
    }

    private List<String> extractorNames() {
        return pipeline.extractors().stream().map(Extractor::name).sorted().toList();
    }
}
