package org.paperkg.extract;

import java.util.Objects;

/**
 * A paper-level relation: the paper (through its contribution) stands in {@code relation} to {@code object}.
 *
 * @param relation   which relation
 * @param object     the entity mention it points to
 * @param extractor  name of the extractor that found it
 * @param confidence in [0, 1]
 */
public record RelationFinding(Relation relation, Mention object, String extractor, double confidence) {
    public RelationFinding {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(extractor, "extractor");
    }
}
