package org.paperkg.build;

import java.util.List;
import org.paperkg.extract.ContextNameExtractor;
import org.paperkg.extract.EnumerationExpander;
import org.paperkg.extract.AcronymExtractor;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.ModelVariantExtender;
import org.paperkg.extract.NumericResultExtractor;
import org.paperkg.extract.ProposalExtractor;
import org.paperkg.extract.RelationCueExtractor;
import org.paperkg.extract.VocabularyExtractor;
import org.paperkg.link.EntityCatalog;
import org.paperkg.link.Linker;
import org.paperkg.vocab.Vocabulary;
import org.paperkg.vocab.VocabularyCatalog;

/**
 * Assembles the standard extraction pipeline and linker: the one place that decides which extractors run, in
 * which order (known names first, then new names, then what reads them: results, relations).
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** The vocabulary is loaded once per JVM: its automaton is immutable and shared by all threads. */
    private static final class Shared {
        static final Vocabulary VOCABULARY = Vocabulary.loadDefault();
        static final ExtractionPipeline PIPELINE = new ExtractionPipeline(List.of(
                new VocabularyExtractor(VOCABULARY),
                new EnumerationExpander(VOCABULARY),
                new ModelVariantExtender(),
                new ContextNameExtractor(),
                new ProposalExtractor(),
                new AcronymExtractor(),
                new NumericResultExtractor(),
                new RelationCueExtractor()));
        static final EntityCatalog CATALOG = new VocabularyCatalog(VOCABULARY);
    }

    public static ExtractionPipeline standardPipeline() {
        return Shared.PIPELINE;
    }

    public static EntityCatalog standardCatalog() {
        return Shared.CATALOG;
    }

    public static Linker standardLinker() {
        return new Linker(standardCatalog());
    }

    /**
     * Records per store transaction. Each commit of TDB2's copy-on-write B+trees writes fresh copies of every index
     * block the transaction touched, so many small transactions copy the same blocks again and again: loading 2.28M
     * quads in one transaction instead of seven took 12% less CPU and left a store 41% smaller (docs/PERFORMANCE.md).
     * A killed build loses at most the batch in flight.
     */
    public static final int DEFAULT_BATCH_RECORDS = 10_000;

    public static GraphBuilder standardBuilder(double minConfidence) {
        return standardBuilder(minConfidence, DEFAULT_BATCH_RECORDS);
    }

    public static GraphBuilder standardBuilder(double minConfidence, int batchRecords) {
        return new GraphBuilder(standardPipeline(), standardLinker(), minConfidence, batchRecords);
    }
}
