package org.paperkg.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
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
 *
 * <p>The graph says of itself that it is current ({@link KgStore#completeMark}, written with its places); a build into
 * a store that holds papers removes that first, so a build stopped before its rankings leaves them marked stale and
 * the next build ranks everything again instead of building on them.
 */
public final class Rankings {
    private Rankings() {
    }

    /** Ranks entities and results from the store and replaces the rankings graph. */
    public static void rewrite(KgStore store) {
        rewrite(store, rankResults(store));
    }

    /** {@link #rewrite} with the results ranked already (by {@link PaperOnlyReads}). */
    public static void rewrite(KgStore store, List<RankedResult> results) {
        DatasetGraph dsg = store.dataset();
        List<Ranked> entities = Txn.calculateRead(dsg, () -> EntityRankings.rank(dsg));
        List<RankedPaper> papers = Txn.calculateRead(dsg, () -> PaperRecency.rank(dsg, PaperRecency.NEWEST));
        write(store, entities, results, papers);
    }

    /**
     * The same graph as {@link #rewrite} after a build that only added papers to a store whose rankings were
     * marked complete: entities are placed again among those placed before and those the new papers mention, and
     * papers among those placed before and the new ones. The results come ranked again in full ({@link #rankResults},
     * made beside the entity merge by {@link PaperOnlyReads}): which metrics lead can change with any new result.
     */
    public static void update(KgStore store, Collection<String> touchedEntities, Collection<String> addedPapers,
                              List<RankedResult> results) {
        DatasetGraph dsg = store.dataset();
        List<Ranked> entities = Txn.calculateRead(dsg, () -> EntityRankings.rankAfterAdding(dsg,
                placedBy(dsg, KG.rank, KG.rankInType), touchedEntities, EntityRankings.OVERALL, EntityRankings.PER_TYPE));
        List<RankedPaper> papers = Txn.calculateRead(dsg, () -> PaperRecency.rankAfterAdding(dsg,
                placedBy(dsg, KG.recencyRank), addedPapers, PaperRecency.NEWEST));
        write(store, entities, results, papers);
    }

    /** What the rankings graph gives a place by any of these predicates. */
    private static Set<String> placedBy(DatasetGraph dsg, Node... places) {
        Set<String> out = new HashSet<>();
        for (Node p : places) {
            dsg.find(KG.RANKINGS_GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI()) out.add(q.getSubject().getURI());
            });
        }
        return out;
    }

    /** The places of the results of the most-reported metrics, from the store's last commit. */
    static List<RankedResult> rankResults(KgStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> ResultRankings.rank(dsg, ResultRankings.METRICS, ResultRankings.PER_METRIC));
    }

    private static void write(KgStore store, List<Ranked> entities, List<RankedResult> results,
                              List<RankedPaper> papers) {
        store.syncGraph(KG.RANKINGS_GRAPH, out -> {
            RankingQuads.write(entities, results, papers, out);
            out.quad(KgStore.completeMark(KG.RANKINGS_GRAPH));
        });
    }
}
