package org.paperkg.rdf;

import static org.paperkg.rdf.PaperQuads.q;
import static org.paperkg.rdf.PaperQuads.str;
import static org.paperkg.rdf.PaperQuads.uri;

import java.util.Collection;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.link.EntityRegistry;
import org.paperkg.link.EntityRegistry.EntityInfo;
import org.paperkg.link.Iris;

/**
 * Writes the entities graph: for every entity its type, one canonical rdfs:label, every other written form as
 * skos:altLabel, how many papers mention it (kg:paperCount), its place in the hierarchy (kg:variantOf) and the
 * vocabulary list it came from; and the extractor agents that annotations are attributed to.
 */
public final class EntityQuads {
    private EntityQuads() {
    }

    public static void write(EntityRegistry registry, Collection<String> extractorNames, StreamRDF out) {
        Node g = KG.ENTITIES_GRAPH;
        for (EntityInfo e : registry.entities()) {
            Node s = uri(e.iri());
            out.quad(q(g, s, KG.type, KG.classOf(e.type())));
            out.quad(q(g, s, KG.label, str(e.label())));
            out.quad(q(g, s, KG.paperCount, PaperQuads.integer(e.papers())));
            Map<String, Integer> votes = e.nameVotes();
            if (!votes.isEmpty()) out.quad(q(g, s, KG.labelVotes, str(LabelVotes.format(votes))));
            for (String alt : e.altLabels()) out.quad(q(g, s, KG.altLabel, str(alt)));
            for (String parent : e.broader()) out.quad(q(g, s, KG.variantOf, uri(parent)));
            if (e.source() != null) out.quad(q(g, s, KG.vocabularySource, str(e.source())));
        }
        for (String name : extractorNames) {
            Node x = uri(Iris.extractor(name));
            out.quad(q(g, x, KG.type, KG.Extractor));
            out.quad(q(g, x, KG.label, str(name)));
        }
    }
}
