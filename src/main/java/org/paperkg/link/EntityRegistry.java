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
import org.paperkg.extract.Mention;
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
        /** resolved name → number of papers that named it so (the label is chosen among these) */
        final Map<String, Integer> names = new HashMap<>();
        /** every written form and resolved name seen (aliases are chosen among these) */
        final Set<String> forms = new TreeSet<>();
        /** papers that mention the entity (stored as kg:paperCount, so rankings need not count every mention) */
        int papers;

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

        /** Number of distinct papers that mention (or propose) the entity; 0 for a family no paper names. */
        public int papers() {
            return papers;
        }

        /** IRIs of the broader entities (families, classes). */
        public Set<String> broader() {
            return broader;
        }

        /** The catalog's label, else the form most papers wrote (ties broken by character order). */
        public String label() {
            if (catalogLabel != null) return catalogLabel;
            return names.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(iri);
        }

        /** How many papers wrote each name (the label is chosen among these), by name. */
        public Map<String, Integer> nameVotes() {
            return new TreeMap<>(names);
        }

        /** Every written form other than the label, sorted. */
        public List<String> altLabels() {
            String label = label();
            List<String> alts = new ArrayList<>(forms);
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
     * The name a mention contributes as a label candidate: its resolved name (an acronym's expansion, an
     * enumeration member's full name) when that differs from the written text by more than spelling, else the text.
     * The same rule decides when an annotation records the resolved name, so a reload from the store sees exactly
     * what a full build saw.
     */
    public static String labelCandidate(Mention m) {
        String c = m.canonical();
        return c != null && !NameKey.of(c).equals(NameKey.of(m.text())) ? c : m.text();
    }

    /**
     * Whether the written text may stand as an alias. A fragment of the resolved name ("34" of "ResNet-34", "large"
     * of "BERT-large") may not; a different written form ("ResNet50", "GPUs", "KD") may.
     */
    static boolean textIsAlias(String text, String name) {
        String t = NameKey.of(text);
        String n = NameKey.of(name);
        return t.equals(n) || !n.contains(t);
    }

    /** Adds one paper's mentions. Call once per distinct paper. */
    public void addPaper(LinkedPaper paper) {
        Map<EntityRef, Map<String, String>> inPaper = new HashMap<>(); // entity → text → label candidate
        for (LinkedMention lm : paper.mentions()) {
            inPaper.computeIfAbsent(lm.entity(), k -> new HashMap<>())
                    .put(lm.mention().text(), labelCandidate(lm.mention()));
        }
        inPaper.forEach((ref, textToName) -> {
            Map<String, Integer> once = new HashMap<>();
            textToName.values().forEach(n -> once.put(n, 1)); // one vote per paper and name
            once.keySet().forEach(n -> addName(ref.iri(), ref.type(), n, 1));
            textToName.forEach((text, name) -> addForm(ref.iri(), ref.type(), text, name));
        });
        paper.mentionedEntities().forEach(ref -> addPapers(ref.iri(), ref.type(), 1));
    }

    /** Counts {@code papers} more papers mentioning the entity (also used to reload counts from a store). */
    public void addPapers(String iri, EntityType type, int papers) {
        EntityInfo info = info(iri, type);
        synchronized (info) {
            info.papers += papers;
        }
    }

    /** Counts {@code papers} papers naming the entity {@code name} (also used to reload counts from a store). */
    public void addName(String iri, EntityType type, String name, int papers) {
        EntityInfo info = info(iri, type);
        synchronized (info) {
            info.names.merge(name, papers, Integer::sum);
            info.forms.add(name);
        }
    }

    /** Records that {@code text} was written for the entity, resolved to {@code name}. */
    public void addForm(String iri, EntityType type, String text, String name) {
        EntityInfo info = info(iri, type);
        synchronized (info) {
            if (textIsAlias(text, name)) info.forms.add(text);
        }
    }

    /** Records a form stored as an alias by an earlier build (it was accepted then, so it is taken as it is). */
    public void addStoredForm(String iri, EntityType type, String form) {
        EntityInfo info = info(iri, type);
        synchronized (info) {
            info.forms.add(form);
        }
    }

    /**
     * Adds everything {@code other} counted: its name votes, forms and paper counts. Counts are sums over papers,
     * so the counts of the papers in a store plus those of new papers are the counts of all of them.
     */
    public void addAll(EntityRegistry other) {
        for (EntityInfo o : other.entities()) {
            EntityInfo info = info(o.iri, o.type);
            synchronized (info) {
                o.names.forEach((name, n) -> info.names.merge(name, n, Integer::sum));
                info.forms.addAll(o.forms);
                info.papers += o.papers;
            }
        }
    }

    private EntityInfo info(String iri, EntityType type) {
        EntityInfo existing = entities.get(iri);
        if (existing != null) return existing;
        EntityInfo created = new EntityInfo(iri, type);
        // Look the catalog up only by the key the IRI was minted from, never by a written form: "RLHF" may be a
        // catalog name while its entity here is the expansion, and the answer must not depend on which form came first.
        catalog.find(type, Iris.entityKey(iri)).ifPresent(entry -> {
            created.catalogLabel = entry.label();
            created.source = entry.source();
            for (EntityCatalog.Ref ref : entry.broader()) {
                String parent = Iris.entity(ref.type(), ref.label());
                if (parent.equals(iri)) continue;
                created.broader.add(parent);
                // The family or class itself is an entity of the graph, even when no paper names it.
                if (!entities.containsKey(parent)) info(parent, ref.type());
            }
        });
        EntityInfo raced = entities.putIfAbsent(iri, created);
        return raced != null ? raced : created;
    }

    /** All entities, sorted by IRI (deterministic output order). */
    public List<EntityInfo> entities() {
        return List.copyOf(new TreeMap<>(entities).values());
    }

    /** IRIs of every entity known, including the families and classes of the named ones. */
    public Set<String> iris() {
        return Set.copyOf(entities.keySet());
    }

    public int size() {
        return entities.size();
    }
}
