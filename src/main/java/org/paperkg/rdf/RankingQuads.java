package org.paperkg.rdf;

import static org.paperkg.rdf.PaperQuads.integer;
import static org.paperkg.rdf.PaperQuads.q;
import static org.paperkg.rdf.PaperQuads.uri;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Writes the rankings graph: an entity's place among all entities (kg:rank) and among those of its type
 * (kg:rankInType), by the number of papers that mention it.
 *
 * <pre>
 * &lt;…/entity/method/finetuning&gt; kg:rank 3 ; kg:rankInType 1 .
 * </pre>
 */
public final class RankingQuads {
    private RankingQuads() {
    }

    /** An entity's place: overall when {@code type} is null, else within that type (the class IRI). */
    public record Ranked(String entity, String type, int rank) {
    }

    public static void write(List<Ranked> ranked, StreamRDF out) {
        Node g = KG.RANKINGS_GRAPH;
        for (Ranked r : ranked) {
            out.quad(q(g, uri(r.entity()), r.type() == null ? KG.rank : KG.rankInType, integer(r.rank())));
        }
    }
}
