package org.paperkg.build;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sys.JenaSystem;
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

    /**
     * The vocabulary is loaded once per JVM: its trie is immutable and shared by all threads. It loads on a
     * background thread (see {@link #prepare}) while this thread builds the other extractors, which do not need it.
     */
    private static final class Shared {
        static final ExtractionPipeline PIPELINE;
        static final EntityCatalog CATALOG;

        static {
            prepare();
            ModelVariantExtender variants = new ModelVariantExtender();
            ContextNameExtractor contextNames = new ContextNameExtractor();
            ProposalExtractor proposals = new ProposalExtractor();
            AcronymExtractor acronyms = new AcronymExtractor();
            NumericResultExtractor results = new NumericResultExtractor();
            RelationCueExtractor relationCues = new RelationCueExtractor();
            VocabularyExtractor vocabularyNames = Vocab.get();
            Vocabulary vocabulary = vocabularyNames.vocabulary();
            PIPELINE = new ExtractionPipeline(List.of(
                    vocabularyNames,
                    new EnumerationExpander(vocabulary),
                    variants,
                    contextNames,
                    proposals,
                    acronyms,
                    results,
                    relationCues));
            CATALOG = new VocabularyCatalog(vocabulary);
        }
    }

    /** The default vocabulary and its extractor, built once: by {@link #prepare}'s thread, or else where first asked. */
    private static final class Vocab {
        static final FutureTask<VocabularyExtractor> TASK =
                new FutureTask<>(() -> new VocabularyExtractor(Vocabulary.loadDefault()));
        static final AtomicBoolean STARTED = new AtomicBoolean();

        static VocabularyExtractor get() {
            TASK.run(); // returns at once when another thread runs or ran it
            try {
                return TASK.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the vocabulary loaded", e);
            }
        }
    }

    /**
     * Starts loading the vocabulary and building its extractor on a daemon thread (in a fresh JVM about half a
     * second of CPU from the compiled vocabulary, two seconds when the Turtle must be parsed), so that it overlaps
     * what the caller does before it asks for the pipeline, such as opening the store. Calling it again, or never,
     * is harmless.
     */
    public static void prepare() {
        if (!Vocab.STARTED.compareAndSet(false, true)) return;
        JenaSystem.init(); // here first: two threads starting Jena at once can deadlock (apache/jena#2787)
        Thread t = new Thread(Vocab.TASK, "paperkg-vocabulary");
        t.setDaemon(true);
        t.start();
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
