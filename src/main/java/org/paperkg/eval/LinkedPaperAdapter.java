package org.paperkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.link.LinkedPaper;
import org.paperkg.link.LinkedPaper.EntityRef;
import org.paperkg.link.LinkedPaper.LinkedMention;
import org.paperkg.link.LinkedPaper.LinkedRelation;
import org.paperkg.link.LinkedPaper.LinkedResult;

/**
 * What the graph says about one paper, as the scorer compares it: each entity once, with its canonical label and
 * every form the paper wrote it in as aliases — so the score measures the graph, linking included.
 */
public final class LinkedPaperAdapter {
    private LinkedPaperAdapter() {
    }

    public static ExtractedRecord toRecord(String id, LinkedPaper p) {
        Map<EntityRef, Set<String>> forms = new LinkedHashMap<>();
        for (LinkedMention lm : p.mentions()) {
            forms.computeIfAbsent(lm.entity(), k -> new LinkedHashSet<>()).add(lm.mention().text());
        }
        List<ExtractedRecord.Entity> entities = new ArrayList<>();
        forms.forEach((e, f) -> entities.add(entity(e, f)));
        List<ExtractedRecord.Entity> proposed = new ArrayList<>();
        for (EntityRef e : p.proposes()) proposed.add(entity(e, forms.getOrDefault(e, Set.of())));
        List<ExtractedRecord.Rel> relations = new ArrayList<>();
        for (LinkedRelation r : p.relations()) {
            relations.add(new ExtractedRecord.Rel(r.relation().localName(), r.object().label(),
                    List.copyOf(forms.getOrDefault(r.object(), Set.of()))));
        }
        List<ExtractedRecord.Result> results = new ArrayList<>();
        for (LinkedResult lr : p.results()) {
            var r = lr.result();
            results.add(new ExtractedRecord.Result(r.metric(), r.value(), r.number(), r.unit(),
                    lr.baseline() != null ? lr.baseline().label() : r.baseline()));
        }
        return new ExtractedRecord(id, entities, proposed, relations, results);
    }

    private static ExtractedRecord.Entity entity(EntityRef e, Set<String> forms) {
        return new ExtractedRecord.Entity(e.type().localName(), e.label(), List.copyOf(forms));
    }
}
