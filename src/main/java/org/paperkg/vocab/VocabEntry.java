package org.paperkg.vocab;

import org.paperkg.extract.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One concept of the curated vocabulary.
 *
 * @param id         concept IRI
 * @param type       entity type (the concept's kg: class)
 * @param prefLabel  canonical written form
 * @param altLabels  aliases and written variants
 * @param broader    IRIs of broader concepts
 * @param source     where the entry came from (dcterms:source): curated, pwc-methods, epoch-hardware, ...
 * @param flags      matching flags: {@link #MATCH_CASE} (every label must match with exact case),
 *                   {@link #NO_MATCH} (hierarchy only, never matched in text)
 * @param caseLabels labels that must match with exact case (kg:matchCase "label")
 */
public record VocabEntry(String id, EntityType type, String prefLabel, List<String> altLabels, List<String> broader,
                         String source, Set<String> flags, Set<String> caseLabels) {
    public static final String MATCH_CASE = "matchCase";
    public static final String NO_MATCH = "noMatch";

    public VocabEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        broader = broader == null ? List.of() : List.copyOf(broader);
        source = source == null ? "curated" : source;
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        caseLabels = caseLabels == null ? Set.of() : Set.copyOf(caseLabels);
    }

    /** prefLabel followed by the altLabels. */
    public List<String> labels() {
        List<String> all = new ArrayList<>(1 + altLabels.size());
        all.add(prefLabel);
        all.addAll(altLabels);
        return all;
    }

    public boolean curated() {
        return "curated".equals(source);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** Whether {@code label} must be matched with its exact casing because a flag says so. */
    public boolean caseFlagged(String label) {
        return flags.contains(MATCH_CASE) || caseLabels.contains(label);
    }
}
