package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.Findings;
import org.paperkg.extract.Mention;
import org.paperkg.extract.RelationFinding;
import org.paperkg.extract.ResultFinding;

/** Turns pipeline {@link Findings} into an {@link ExtractedRecord}: label = canonical name if known, else the text; alias = the text. */
public final class FindingsAdapter {
    private FindingsAdapter() {
    }

    public static ExtractedRecord toRecord(String id, Findings f) {
        List<ExtractedRecord.Entity> entities = new ArrayList<>();
        for (Mention m : f.mentions()) entities.add(entity(m));
        List<ExtractedRecord.Entity> proposed = new ArrayList<>();
        for (Mention m : f.proposed()) proposed.add(entity(m));
        List<ExtractedRecord.Rel> rels = new ArrayList<>();
        for (RelationFinding r : f.relations()) {
            ExtractedRecord.Entity e = entity(r.object());
            rels.add(new ExtractedRecord.Rel(r.relation().localName(), e.label(), e.aliases()));
        }
        List<ExtractedRecord.Result> results = new ArrayList<>();
        for (ResultFinding r : f.results()) {
            results.add(new ExtractedRecord.Result(r.metric(), r.value(), r.number(), r.unit(), r.baseline()));
        }
        return new ExtractedRecord(id, entities, proposed, rels, results);
    }

    private static ExtractedRecord.Entity entity(Mention m) {
        return new ExtractedRecord.Entity(m.type().localName(), m.name(), List.of(m.text()));
    }
}
