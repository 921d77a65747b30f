package org.paperkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.extract.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The curated vocabulary: SKOS concepts typed with kg: classes, read from the Turtle files named in
 * {@code ontology/vocab/index.txt}, plus the stoplist of names that must never be matched.
 */
public final class Vocabulary {
    public static final String KG = "https://w3id.org/paperkg/ontology#";
    public static final String VOCAB = "https://w3id.org/paperkg/vocab/";
    public static final String SCHEME = VOCAB + "scheme";
    public static final String RESOURCE_DIR = "ontology/vocab/";
    public static final String INDEX = "index.txt";
    public static final String STOPLIST = "stoplist.txt";

    private final Map<String, VocabEntry> byId;
    private final Map<String, List<VocabEntry>> byKey = new HashMap<>();
    private final Set<String> stopKeys;

    public Vocabulary(List<VocabEntry> entries, Set<String> stoplist) {
        Map<String, VocabEntry> m = new LinkedHashMap<>();
        for (VocabEntry e : entries) m.putIfAbsent(e.id(), e);
        this.byId = Collections.unmodifiableMap(m);
        Set<String> stop = new HashSet<>();
        for (String s : stoplist) stop.add(Keys.norm(s));
        stop.remove("");
        this.stopKeys = Collections.unmodifiableSet(stop);
        for (VocabEntry e : byId.values()) {
            Set<String> seen = new HashSet<>();
            for (String l : e.labels()) {
                String k = Keys.norm(l);
                if (!k.isEmpty() && seen.add(k)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Loads the vocabulary packaged on the classpath under {@code ontology/vocab/}: from its compiled form when that
     * was made from the Turtle there ({@link CompiledVocabulary}), else from the Turtle.
     */
    public static Vocabulary loadDefault() {
        return VocabularySources.classpath(Vocabulary.class.getClassLoader()).load();
    }

    /**
     * Loads the vocabulary from a directory holding {@code index.txt}, the Turtle files and the stoplist (and,
     * in a build's output, the compiled form, used when current).
     */
    public static Vocabulary load(Path dir) {
        return VocabularySources.read(dir).load();
    }

    /** Parses the Turtle files of a vocabulary directory, ignoring any compiled form. */
    public static Vocabulary loadTurtle(Path dir) {
        VocabularySources sources = VocabularySources.read(dir);
        return new Vocabulary(sources.parseTurtle(), sources.stoplist());
    }

    /** Non-blank lines that are not comments ("#"), trimmed. */
    static List<String> readLines(InputStream in) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Parses one Turtle file into entries; concepts without a kg: type or a prefLabel are rejected.
     *
     * <p>The parser's triples go straight to per-subject lists of the few properties an entry is made of, not
     * into a Model: filling a graph's indexes and reading them back was half of this method's time. A graph
     * holds a triple once, so an object stated twice for a subject and property is kept once here too.
     */
    public static List<VocabEntry> parse(InputStream in, String name) {
        Map<String, Described> subjects = new HashMap<>();
        RDFParser.source(in).lang(Lang.TURTLE).base(VOCAB).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                Node s = t.getSubject();
                if (!s.isURI()) return;
                Node p = t.getPredicate();
                int field = FIELDS.getOrDefault(p.getURI(), -1);
                if (field < 0) return;
                subjects.computeIfAbsent(s.getURI(), u -> new Described()).add(field, t.getObject());
            }
        });
        // concepts in IRI order, as a sorted set of the model's subjects gave them
        TreeMap<String, Described> concepts = new TreeMap<>();
        subjects.forEach((uri, d) -> {
            for (Node o : d.values(TYPE)) {
                if (o.isURI() && o.getURI().equals(CONCEPT)) {
                    concepts.put(uri, d);
                    break;
                }
            }
        });
        List<VocabEntry> out = new ArrayList<>(concepts.size());
        for (Map.Entry<String, Described> ce : concepts.entrySet()) {
            String uri = ce.getKey();
            Described c = ce.getValue();
            EntityType type = null;
            for (Node o : c.values(TYPE)) {
                if (o.isURI() && o.getURI().startsWith(KG)) type = EntityType.parse(o.getLocalName()).orElse(type);
            }
            List<String> prefs = c.strings(PREF);
            if (type == null) throw new IllegalArgumentException(name + ": concept without kg: type: " + uri);
            if (prefs.size() != 1) throw new IllegalArgumentException(name + ": concept needs exactly one prefLabel: " + uri);
            List<String> alts = c.strings(ALT);
            List<String> broader = new ArrayList<>();
            for (Node o : c.values(BROADER)) if (o.isURI()) broader.add(o.getURI());
            Collections.sort(broader);
            List<String> src = c.strings(SOURCE);
            Set<String> flags = new HashSet<>();
            Set<String> caseLabels = new HashSet<>();
            for (Node o : c.values(MATCH_CASE)) {
                if (!o.isLiteral()) continue;
                Object v = o.getLiteralValue();
                if (Boolean.TRUE.equals(v)) flags.add(VocabEntry.MATCH_CASE);
                else if (v instanceof String str) caseLabels.add(str);
            }
            for (String mode : c.strings(MATCH_MODE)) {
                if (mode.equalsIgnoreCase("none")) flags.add(VocabEntry.NO_MATCH);
                else if (mode.equalsIgnoreCase("exact-case")) flags.add(VocabEntry.MATCH_CASE);
            }
            out.add(new VocabEntry(uri, type, prefs.get(0), alts, broader,
                    src.isEmpty() ? "curated" : src.get(0), flags, caseLabels));
        }
        return out;
    }

    // The properties an entry is read from, by field number. Only compile-time constant strings here: a Jena
    // resource constant (RDF.type) in a static initialiser would start Jena's own initialisation from inside it.
    private static final int TYPE = 0, PREF = 1, ALT = 2, BROADER = 3, SOURCE = 4, MATCH_CASE = 5, MATCH_MODE = 6;
    private static final Map<String, Integer> FIELDS = Map.of(
            RDF.uri + "type", TYPE, SKOS.uri + "prefLabel", PREF, SKOS.uri + "altLabel", ALT,
            SKOS.uri + "broader", BROADER, DCTerms.NS + "source", SOURCE,
            KG + "matchCase", MATCH_CASE, KG + "matchMode", MATCH_MODE);
    private static final String CONCEPT = SKOS.uri + "Concept";

    /** The objects of one subject's triples, per field, each once (by term), in the order parsed. */
    private static final class Described {
        @SuppressWarnings("unchecked")
        private final List<Node>[] objects = new List[7];

        void add(int field, Node o) {
            List<Node> l = objects[field];
            if (l == null) objects[field] = l = new ArrayList<>(2);
            if (!l.contains(o)) l.add(o);
        }

        List<Node> values(int field) {
            return objects[field] == null ? List.of() : objects[field];
        }

        /** Lexical forms of the literal objects, sorted. */
        List<String> strings(int field) {
            List<String> out = new ArrayList<>();
            for (Node o : values(field)) if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
            Collections.sort(out);
            return out;
        }
    }

    public Optional<VocabEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry of {@code type} that has {@code name} as a label (compared by {@link Keys#norm}); curated first. */
    public Optional<VocabEntry> lookup(EntityType type, String name) {
        // what lookup(name) then the first of the type gives, without copying and sorting the list (asked per mention)
        VocabEntry firstUncurated = null;
        for (VocabEntry e : byKey.getOrDefault(Keys.norm(name), List.of())) {
            if (e.type() != type) continue;
            if (e.curated()) return Optional.of(e);
            if (firstUncurated == null) firstUncurated = e;
        }
        return Optional.ofNullable(firstUncurated);
    }

    /** Every entry with {@code name} as a label, curated entries first. */
    public List<VocabEntry> lookup(String name) {
        List<VocabEntry> l = byKey.getOrDefault(Keys.norm(name), List.of());
        List<VocabEntry> out = new ArrayList<>(l);
        out.sort((a, b) -> Boolean.compare(b.curated(), a.curated()));
        return out;
    }

    public int size() {
        return byId.size();
    }

    public List<VocabEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** Whether a name is on the stoplist (compared by {@link Keys#norm}). */
    public boolean stopped(String label) {
        return stopKeys.contains(Keys.norm(label));
    }
}
