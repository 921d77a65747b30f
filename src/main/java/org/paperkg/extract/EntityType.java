package org.paperkg.extract;

import java.util.Locale;
import java.util.Optional;

/** The entity types of the ontology; {@link #localName()} is the class's local name under the kg: namespace. */
public enum EntityType {
    METHOD("Method"),
    MODEL("Model"),
    DATASET("Dataset"),
    HARDWARE("Hardware"),
    TASK("Task"),
    MODEL_CLASS("ModelClass");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** "Method", "ModelClass", ...: the ontology class's local name, also the gold files' type names. */
    public String localName() {
        return localName;
    }

    /** Lower-case path segment used in entity IRIs: "method", "modelclass". */
    public String slug() {
        return localName.toLowerCase(Locale.ROOT);
    }

    /** Parses a type name as written in the ontology, the vocabulary or gold files ("Model", "modelclass"). */
    public static Optional<EntityType> parse(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim();
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(n) || t.name().equalsIgnoreCase(n)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
