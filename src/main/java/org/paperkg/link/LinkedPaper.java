package org.paperkg.link;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.Doc;
import org.paperkg.extract.EntityType;
import org.paperkg.extract.Mention;
import org.paperkg.extract.Relation;
import org.paperkg.extract.ResultFinding;

/**
 * One paper with its findings resolved to entity IRIs: what the RDF stage writes.
 *
 * @param key       stable key of the paper ("arxiv/2401.01234" or "h/…"), from which its IRIs derive
 * @param iri       the paper's IRI
 * @param graph     the IRI of the paper's named graph
 * @param doc       the cleaned texts the offsets point into
 * @param mentions  every entity mention, one per (span, type), each with its entity
 * @param proposes  entities the paper introduces
 * @param relations paper-level relations
 * @param results   quantitative results
 */
public record LinkedPaper(String key, String iri, String graph, Doc doc, List<LinkedMention> mentions,
                          List<EntityRef> proposes, List<LinkedRelation> relations, List<LinkedResult> results) {

    /**
     * The entities the paper mentions (kg:mentions): those it names and those it proposes, once each by IRI, in the
     * order first met. The graph's kg:mentions and the registry's paper counts (kg:paperCount) both come from here.
     */
    public Collection<EntityRef> mentionedEntities() {
        Map<String, EntityRef> byIri = new LinkedHashMap<>();
        for (LinkedMention m : mentions) byIri.putIfAbsent(m.entity().iri(), m.entity());
        for (EntityRef e : proposes) byIri.putIfAbsent(e.iri(), e);
        return byIri.values();
    }

    /** An entity as the paper knows it: its IRI, type and canonical label. */
    public record EntityRef(String iri, EntityType type, String label) {
    }

    public record LinkedMention(Mention mention, EntityRef entity) {
    }

    public record LinkedRelation(Relation relation, EntityRef object, String extractor, double confidence) {
    }

    /** A result; {@code baseline} is the entity the baseline names, or null when it is only words. */
    public record LinkedResult(ResultFinding result, EntityRef baseline) {
    }
}
