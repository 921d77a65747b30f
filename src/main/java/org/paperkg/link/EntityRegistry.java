package org.paperkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.paperkg.extract.EntityType;
import org.paperkg.link.LinkedPaper.EntityRef;
import org.paperkg.link.LinkedPaper.LinkedMention;

/**
 * Collects, across all papers of a graph, what each entity is called, so that each gets one canonical label and
 * every other written form as an alias. Counts are per distinct paper, so the label does not depend on the order
 * papers were processed in, nor on how many times one paper was read. Thread-safe.
 */
public final class EntityRegistry {

    /** What is known of one entity. */
    public static final class EntityInfo {
        final String iri;
        final EntityType type;
        String catalogLabel;
        String source;
        final Set<String> broader = new TreeSet<>();
        /** written form → number of papers that wrote it that way */
        final Map<String, Integer> forms = new HashMap<>();

        EntityInfo(String iri, EntityType type) {
            this.iri = iri;
            this.type = type;
        }

        public String iri() {
            return iri;
        }

        public EntityType type() {
            return type;
        }

        public String source() {
            return source;
        }

        /** IRIs of the broader entities (families, classes). */
        public Set<String> broader() {
            return broader;
        }

        /** The catalog's label, else the form most papers wrote (ties broken by character order). */
        public String label() {
            if (catalogLabel != null) return catalogLabel;
            return forms.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(iri);
        }

        /** Every written form other than the label, sorted. */
        public List<String> altLabels() {
            String label = label();
            List<String> alts = new ArrayList<>(new TreeSet<>(forms.keySet()));
            alts.remove(label);
            return alts;
        }
    }

    private final EntityCatalog catalog;
    private final Map<String, EntityInfo> entities = new ConcurrentHashMap<>();

    public EntityRegistry(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Adds one paper's mentions. Call once per distinct paper. Only written forms are counted (the exact text of
     * each mention), which is also all a reload from the store sees, so both give the same labels.
     */
    public void addPaper(LinkedPaper paper) {
        Map<EntityRef, Set<String>> formsInPaper = new HashMap<>();
        for (LinkedMention lm : paper.mentions()) {
            formsInPaper.computeIfAbsent(lm.entity(), k -> new HashSet<>()).add(lm.mention().text());
        }
        formsInPaper.forEach((ref, forms) -> forms.forEach(form -> addForm(ref.iri(), ref.type(), form, 1)));
    }

    /** Adds {@code papers} papers writing {@code form} for the entity (also used to reload counts from a store). */
    public void addForm(String iri, EntityType type, String form, int papers) {
        EntityInfo info = info(iri, type, form);
        synchronized (info) {
            info.forms.merge(form, papers, Integer::sum);
        }
    }

    private EntityInfo info(String iri, EntityType type, String anyName) {
        EntityInfo existing = entities.get(iri);
        if (existing != null) return existing;
        EntityInfo created = new EntityInfo(iri, type);
        // Look the catalog up by the key the IRI was minted from, not by a written form: a form such as
        // "KV-caches" may not be in the catalog while its entity is, and a reload from the store sees only forms.
        catalog.find(type, Iris.entityKey(iri)).or(() -> catalog.find(type, anyName)).ifPresent(entry -> {
            created.catalogLabel = entry.label();
            created.source = entry.source();
            for (EntityCatalog.Ref ref : entry.broader()) {
                String parent = Iris.entity(ref.type(), ref.label());
                if (parent.equals(iri)) continue;
                created.broader.add(parent);
                // The family or class itself is an entity of the graph, even when no paper names it.
                if (!entities.containsKey(parent)) info(parent, ref.type(), ref.label());
            }
        });
        EntityInfo raced = entities.putIfAbsent(iri, created);
        return raced != null ? raced : created;
    }

    /** All entities, sorted by IRI (deterministic output order). */
    public List<EntityInfo> entities() {
        return List.copyOf(new TreeMap<>(entities).values());
    }

    public int size() {
        return entities.size();
    }
}
