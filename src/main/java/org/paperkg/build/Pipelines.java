package org.paperkg.build;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.Extractor;
import org.paperkg.link.EntityCatalog;
import org.paperkg.link.Linker;

/**
 * Assembles the standard extraction pipeline and linker: the one place that decides which extractors run, in
 * which order (entities first, then what reads them: proposals, results, relations).
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static ExtractionPipeline standardPipeline() {
        List<Extractor> extractors = new ArrayList<>();
        return new ExtractionPipeline(extractors);
    }

    public static EntityCatalog standardCatalog() {
        return EntityCatalog.EMPTY;
    }

    public static GraphBuilder standardBuilder(double minConfidence) {
        return new GraphBuilder(standardPipeline(), new Linker(standardCatalog()), minConfidence, 2000);
    }
}
