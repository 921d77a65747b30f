package org.paperkg.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the scorer compares for one record, gold or extracted: entities, proposed artifacts, relations and results.
 *
 * @param id        record id
 * @param entities  (type, label, aliases)
 * @param proposed  proposed artifacts (type, label, aliases)
 * @param relations (rel, object label, object aliases)
 * @param results   (metric, value, number, unit, baseline)
 */
public record ExtractedRecord(String id, List<Entity> entities, List<Entity> proposed, List<Rel> relations,
                              List<Result> results) {
    public ExtractedRecord {
        entities = entities == null ? List.of() : List.copyOf(entities);
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
        relations = relations == null ? List.of() : List.copyOf(relations);
        results = results == null ? List.of() : List.copyOf(results);
    }

    public record Entity(String type, String label, List<String> aliases) {
        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public Entity(String type, String label) {
            this(type, label, List.of());
        }
    }

    public record Rel(String rel, String object, List<String> aliases) {
        public Rel {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record Result(String metric, String value, BigDecimal number, String unit, String baseline) {
    }
}
