package org.paperkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.extract.Doc;
import org.paperkg.extract.Findings;
import org.paperkg.extract.Mention;
import org.paperkg.extract.RelationFinding;
import org.paperkg.extract.ResultFinding;
import org.paperkg.link.LinkedPaper.EntityRef;
import org.paperkg.link.LinkedPaper.LinkedMention;
import org.paperkg.link.LinkedPaper.LinkedRelation;
import org.paperkg.link.LinkedPaper.LinkedResult;

/**
 * Resolves a paper's findings to entity IRIs: a name found in the catalog links to the catalog's entry (so every
 * written form of ResNet-50 is one entity); any other name links by its {@link NameKey} within its type.
 * Overlapping findings of one span are merged to the most confident one. Stateless and thread-safe.
 */
public final class Linker {
    private final EntityCatalog catalog;

    public Linker(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    public LinkedPaper link(Doc doc, Findings findings) {
        PaperRecord r = doc.record();
        String key = Iris.paperKey(r);

        // One mention per (field, span, type); the most confident finding of a span wins.
        Map<String, Mention> bySpan = new LinkedHashMap<>();
        for (Mention m : findings.mentions()) {
            bySpan.merge(m.field() + ":" + m.start() + ":" + m.end(), m,
                    (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<LinkedMention> mentions = new ArrayList<>();
        for (Mention m : bySpan.values()) {
            mentions.add(new LinkedMention(m, resolve(m)));
        }
        mentions.sort(Comparator.comparing((LinkedMention lm) -> lm.mention().field())
                .thenComparingInt(lm -> lm.mention().start()).thenComparingInt(lm -> lm.mention().end()));

        Set<EntityRef> proposes = new LinkedHashSet<>();
        for (Mention m : findings.proposed()) proposes.add(resolve(m));

        Map<String, LinkedRelation> relations = new LinkedHashMap<>();
        for (RelationFinding rf : findings.relations()) {
            EntityRef obj = resolve(rf.object());
            if (proposes.contains(obj)) continue; // a paper does not evaluate on, or compare with, its own artifact
            LinkedRelation lr = new LinkedRelation(rf.relation(), obj, rf.extractor(), rf.confidence());
            relations.merge(rf.relation() + " " + obj.iri(), lr, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }

        List<LinkedResult> results = new ArrayList<>();
        for (ResultFinding rf : findings.results()) {
            results.add(new LinkedResult(rf, rf.baselineEntity() == null ? null : resolve(rf.baselineEntity())));
        }
        return new LinkedPaper(key, Iris.paper(key), Iris.paperGraph(key), doc, List.copyOf(mentions),
                List.copyOf(proposes), List.copyOf(relations.values()), List.copyOf(results));
    }

    /** The entity a mention names. */
    public EntityRef resolve(Mention m) {
        return catalog.find(m.type(), m.name())
                .map(e -> new EntityRef(Iris.entity(e.type(), e.label()), e.type(), e.label()))
                .orElseGet(() -> new EntityRef(Iris.entity(m.type(), m.name()), m.type(), m.name()));
    }

    public EntityCatalog catalog() {
        return catalog;
    }
}
