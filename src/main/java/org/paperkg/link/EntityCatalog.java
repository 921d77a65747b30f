package org.paperkg.link;

import java.util.List;
import java.util.Optional;
import org.paperkg.extract.EntityType;

/**
 * What the linker knows about entities beyond the text: canonical labels, hierarchy and where an entry came from.
 * The curated vocabulary is the catalog in use; {@link #EMPTY} links by name alone.
 */
public interface EntityCatalog {

    /** A reference to another catalog entry, e.g. the family a model belongs to. */
    record Ref(EntityType type, String label) {
    }

    /**
     * @param type    entity type
     * @param label   canonical label
     * @param broader families or classes this entry is a variant or member of
     * @param source  which list the entry came from ("pwc-methods", "curated", ...)
     */
    record Entry(EntityType type, String label, List<Ref> broader, String source) {
        public Entry {
            broader = broader == null ? List.of() : List.copyOf(broader);
        }
    }

    /** The entry of that type whose label or alias has the same {@link NameKey} as {@code name}. */
    Optional<Entry> find(EntityType type, String name);

    EntityCatalog EMPTY = (type, name) -> Optional.empty();
}
