package org.paperkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.corpus.CorpusInput;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.RecordSink;
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
import org.paperkg.store.KgStore;
import org.paperkg.store.StoredEntityForms;

/**
 * Runs the whole path for a set of inputs: read records, clean and extract, link, write quads — into a store (one
 * loader transaction per batch) or into any RDF stream. Records stream through in batches; what is kept across the
 * run is only the set of paper keys seen and the entity registry.
 */
public final class GraphBuilder {
    private final ExtractionPipeline pipeline;
    private final Linker linker;
    private final double minConfidence;
    private final int batchSize;
    private Consumer<SkippedRecord> onSkip = s -> { };

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

    /** Extracts one record: clean, run the extractors, drop low-confidence findings, link. */
    public LinkedPaper process(PaperRecord record) {
        Doc doc = ExtractionPipeline.toDoc(record);
        Findings findings = pipeline.run(doc);
        if (minConfidence > 0) findings.dropBelow(minConfidence);
        return linker.link(doc, findings);
    }

    /**
     * Builds into a store. Papers already in the store keep what they have (their source record is added if new);
     * the entities graph and the ontology graph are rewritten at the end from all papers, old and new.
     */
    public BuildSummary buildInto(KgStore store, List<Path> inputs) {
        long t0 = System.currentTimeMillis();
        BuildSummary summary = new BuildSummary();
        EntityRegistry registry = new EntityRegistry(linker.catalog());
        boolean wasEmpty = store.isEmpty();
        if (!wasEmpty) StoredEntityForms.preload(store.dataset(), registry);
        Set<String> seenKeys = new HashSet<>();

        List<PaperRecord> batch = new ArrayList<>(batchSize);
        Consumer<List<PaperRecord>> flush = records -> {
            Map<String, PaperRecord> byGraph = new LinkedHashMap<>();
            for (PaperRecord r : records) byGraph.putIfAbsent(Iris.paperGraph(Iris.paperKey(r)), r);
            Set<String> present = wasEmpty ? Set.of() : store.existingGraphs(byGraph.keySet());
            summary.quadsWritten += store.load(out -> {
                for (PaperRecord r : records) writeRecord(r, present, seenKeys, registry, summary, out);
            });
        };
        CorpusInput.read(inputs, new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
                summary.recordsRead++;
                batch.add(record);
                if (batch.size() >= batchSize) {
                    flush.accept(batch);
                    batch.clear();
                }
            }

            @Override
            public void skipped(SkippedRecord skipped) {
                summary.skipped.add(skipped);
                onSkip.accept(skipped);
            }
        });
        if (!batch.isEmpty()) flush.accept(batch);

        store.replaceGraph(KG.ENTITIES_GRAPH, out -> EntityQuads.write(registry, extractorNames(), out));
        store.loadOntology();
        summary.entities = registry.size();
        summary.millis = System.currentTimeMillis() - t0;
        return summary;
    }

    /** Writes the whole graph of the inputs (papers, entities; not the ontology) to {@code out}, no store. */
    public BuildSummary writeTo(List<Path> inputs, StreamRDF out) {
        long t0 = System.currentTimeMillis();
        BuildSummary summary = new BuildSummary();
        EntityRegistry registry = new EntityRegistry(linker.catalog());
        Set<String> seenKeys = new HashSet<>();
        out.start();
        CorpusInput.read(inputs, new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
                summary.recordsRead++;
                writeRecord(record, Set.of(), seenKeys, registry, summary, out);
            }

            @Override
            public void skipped(SkippedRecord skipped) {
                summary.skipped.add(skipped);
                onSkip.accept(skipped);
            }
        });
        EntityQuads.write(registry, extractorNames(), out);
        out.finish();
        summary.entities = registry.size();
        summary.millis = System.currentTimeMillis() - t0;
        return summary;
    }

    private void writeRecord(PaperRecord r, Set<String> presentGraphs, Set<String> seenKeys,
                             EntityRegistry registry, BuildSummary summary, StreamRDF out) {
        LinkedPaper paper = process(r);
        boolean firstThisRun = seenKeys.add(paper.key());
        if (presentGraphs.contains(paper.graph())) {
            // Already in the store from an earlier build: only record that it was read from this source too.
            if (firstThisRun) summary.papersAlreadyPresent++;
            PaperQuads.writeMetadata(paper, out);
            return;
        }
        if (firstThisRun) {
            summary.papersAdded++;
            registry.addPaper(paper);
        } else {
            summary.duplicateRecords++;
        }
        PaperQuads.write(paper, out);
    }

    private List<String> extractorNames() {
        return pipeline.extractors().stream().map(Extractor::name).sorted().toList();
    }
}
