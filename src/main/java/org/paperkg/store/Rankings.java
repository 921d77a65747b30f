package org.paperkg.store;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.RankingQuads;
import org.paperkg.rdf.RankingQuads.Ranked;
import org.paperkg.rdf.RankingQuads.RankedPaper;
import org.paperkg.rdf.RankingQuads.RankedResult;

/**
 * The rankings graph, which every build rewrites after the papers and entities: where the most-mentioned entities
 * stand ({@link EntityRankings}), the largest results of the most-reported metrics ({@link ResultRankings}) and the
 * newest papers ({@link PaperRecency}).
 */
public final class Rankings {
    private Rankings() {
    }

    /** Ranks entities and results from the store and replaces the rankings graph. */
    public static void rewrite(KgStore store) {
        DatasetGraph dsg = store.dataset();
        List<Ranked> entities = Txn.calculateRead(dsg, () -> EntityRankings.rank(dsg));
        List<RankedResult> results = Txn.calculateRead(dsg,
                () -> ResultRankings.rank(dsg, ResultRankings.METRICS, ResultRankings.PER_METRIC));
        List<RankedPaper> papers = Txn.calculateRead(dsg, () -> PaperRecency.rank(dsg, PaperRecency.NEWEST));
        store.syncGraph(KG.RANKINGS_GRAPH, out -> RankingQuads.write(entities, results, papers, out));
    }
}
