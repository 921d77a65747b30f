package org.paperkg.rdf;

import static org.paperkg.rdf.PaperQuads.q;
import static org.paperkg.rdf.PaperQuads.str;
import static org.paperkg.rdf.PaperQuads.uri;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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

    /**
     * The entity's names as a user's typed name is matched against them (kg:nameKey): ASCII letters and digits only,
     * lower case, exactly as the canned query's {@code LCASE(REPLACE(?name, "[^A-Za-z0-9]", ""))} computes it.
     */
    static Set<String> nameKeys(EntityInfo e) {
        Set<String> keys = new TreeSet<>();
        addKey(keys, e.label());
        for (String alt : e.altLabels()) addKey(keys, alt);
        return keys;
    }

    private static void addKey(Set<String> keys, String name) {
        String key = NON_KEY.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) keys.add(key);
    }

    private static final Pattern NON_KEY = Pattern.compile("[^A-Za-z0-9]");

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
            for (String key : nameKeys(e)) out.quad(q(g, s, KG.nameKey, str(key)));
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
