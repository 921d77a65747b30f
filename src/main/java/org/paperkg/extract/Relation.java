package org.paperkg.extract;

import java.util.Optional;

/** Paper-level relations of the ontology; {@link #localName()} is the property's local name under kg:. */
public enum Relation {
    EVALUATED_ON("evaluatedOn"),
    TARGETS("targets"),
    USES_MODEL("usesModel"),
    COMPARED_WITH("comparedWith"),
    ADDRESSES("addresses");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static Optional<Relation> parse(String name) {
        for (Relation r : values()) {
            if (r.localName.equalsIgnoreCase(name) || r.name().equalsIgnoreCase(name)) return Optional.of(r);
        }
        return Optional.empty();
    }
}
