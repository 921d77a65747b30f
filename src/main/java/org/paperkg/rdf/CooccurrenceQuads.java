package org.paperkg.rdf;

import static org.paperkg.rdf.PaperQuads.integer;
import static org.paperkg.rdf.PaperQuads.q;
import static org.paperkg.rdf.PaperQuads.uri;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.link.Iris;

/**
 * Writes the co-occurrence graph: for each counted pair of entities a kg:Cooccurrence with its two entities and the
 * number of papers that mention both.
 *
 * <pre>
 * &lt;…/cooccurrence/method/finetuning/modelclass/largelanguagemodels&gt; a kg:Cooccurrence ;
 *     kg:entity &lt;…/entity/method/finetuning&gt; , &lt;…/entity/modelclass/largelanguagemodels&gt; ; kg:jointPaperCount 9 .
 * </pre>
 */
public final class CooccurrenceQuads {
    private CooccurrenceQuads() {
    }

    /** A counted pair: two entity IRIs (in IRI order) and the papers that mention both. */
    public record Pair(String first, String second, int papers) {
    }

    public static void write(List<Pair> pairs, StreamRDF out) {
        Node g = KG.COOCCURRENCE_GRAPH;
        for (Pair p : pairs) {
            Node c = uri(Iris.cooccurrence(p.first(), p.second()));
            out.quad(q(g, c, KG.type, KG.Cooccurrence));
            out.quad(q(g, c, KG.entity, uri(p.first())));
            out.quad(q(g, c, KG.entity, uri(p.second())));
            out.quad(q(g, c, KG.jointPaperCount, integer(p.papers())));
        }
    }
}
