package org.paperkg.rdf;

import static org.paperkg.rdf.PaperQuads.integer;
import static org.paperkg.rdf.PaperQuads.q;
import static org.paperkg.rdf.PaperQuads.uri;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Writes the rankings graph: an entity's place among all entities (kg:rank) and among those of its type
 * (kg:rankInType), by the number of papers that mention it; a result's place among the results of its metric
 * (kg:rankInMetric), by its number; a paper's place among the newest (kg:recencyRank), by its date.
 *
 * <pre>
 * &lt;…/entity/method/finetuning&gt; kg:rank 3 ; kg:rankInType 1 .
 * &lt;…/paper/arxiv/2401.01234/result/0&gt; kg:rankInMetric 2 .
 * &lt;…/paper/arxiv/2401.01234&gt; kg:recencyRank 17 .
 * </pre>
 */
public final class RankingQuads {
    private RankingQuads() {
    }

    /** An entity's place: overall when {@code type} is null, else within that type (the class IRI). */
    public record Ranked(String entity, String type, int rank) {
    }

    /** A result's place among the results of its metric. */
    public record RankedResult(String result, int rank) {
    }

    /** A paper's place among the dated papers, newest first. */
    public record RankedPaper(String paper, int rank) {
    }

    public static void write(List<Ranked> ranked, List<RankedResult> results, List<RankedPaper> papers, StreamRDF out) {
        Node g = KG.RANKINGS_GRAPH;
        for (Ranked r : ranked) {
            out.quad(q(g, uri(r.entity()), r.type() == null ? KG.rank : KG.rankInType, integer(r.rank())));
        }
        for (RankedResult r : results) out.quad(q(g, uri(r.result()), KG.rankInMetric, integer(r.rank())));
        for (RankedPaper p : papers) out.quad(q(g, uri(p.paper()), KG.recencyRank, integer(p.rank())));
    }
}
