package org.paperkg.extract;

import java.util.Objects;

/**
 * A named entity found in a paper's title or abstract.
 *
 * @param type       what the entity is
 * @param text       the exact text, equal to {@code doc.textOf(field).substring(start, end)}
 * @param field      title or abstract
 * @param start      start offset (inclusive) in that field's cleaned text
 * @param end        end offset (exclusive)
 * @param canonical  the canonical name when known (vocabulary preferred label, acronym expansion), else null
 * @param extractor  name of the extractor that found it
 * @param confidence in [0, 1]
 */
public record Mention(EntityType type, String text, TextField field, int start, int end,
                      String canonical, String extractor, double confidence) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(extractor, "extractor");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }

    /** The name to link with: the canonical name when known, else the text as written. */
    public String name() {
        return canonical != null ? canonical : text;
    }

    public boolean overlaps(Mention other) {
        return field == other.field && start < other.end && other.start < end;
    }

    public Mention withType(EntityType newType) {
        return new Mention(newType, text, field, start, end, canonical, extractor, confidence);
    }
}
