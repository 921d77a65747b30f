package org.paperkg.vocab;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
import java.nio.file.Files;
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
import java.util.TreeSet;

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

    /** Loads the vocabulary packaged on the classpath under {@code ontology/vocab/}. */
    public static Vocabulary loadDefault() {
        ClassLoader cl = Vocabulary.class.getClassLoader();
        List<String> files = readLines(open(cl, RESOURCE_DIR + INDEX));
        List<VocabEntry> entries = new ArrayList<>();
        for (String f : files) {
            try (InputStream in = open(cl, RESOURCE_DIR + f)) {
                entries.addAll(parse(in, f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        InputStream stop = cl.getResourceAsStream(RESOURCE_DIR + STOPLIST);
        return new Vocabulary(entries, stop == null ? Set.of() : new HashSet<>(readLines(stop)));
    }

    /** Loads the vocabulary from a directory holding {@code index.txt}, the Turtle files and the stoplist. */
    public static Vocabulary load(Path dir) {
        try {
            List<String> files = readLines(Files.newInputStream(dir.resolve(INDEX)));
            List<VocabEntry> entries = new ArrayList<>();
            for (String f : files) {
                try (InputStream in = Files.newInputStream(dir.resolve(f))) {
                    entries.addAll(parse(in, f));
                }
            }
            Path stop = dir.resolve(STOPLIST);
            Set<String> sl = Files.exists(stop) ? new HashSet<>(readLines(Files.newInputStream(stop))) : Set.of();
            return new Vocabulary(entries, sl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(ClassLoader cl, String name) {
        InputStream in = cl.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("vocabulary resource not found on classpath: " + name);
        return in;
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

    /** Parses one Turtle file into entries; concepts without a kg: type or a prefLabel are rejected. */
    public static List<VocabEntry> parse(InputStream in, String name) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(in).lang(Lang.TURTLE).base(VOCAB).parse(model);
        Property matchCase = model.createProperty(KG, "matchCase");
        Property matchMode = model.createProperty(KG, "matchMode");
        List<VocabEntry> out = new ArrayList<>();
        Set<Resource> concepts = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> {
            if (r.isURIResource()) concepts.add(r);
        });
        for (Resource c : concepts) {
            EntityType type = null;
            for (Statement s : c.listProperties(RDF.type).toList()) {
                RDFNode o = s.getObject();
                if (o.isURIResource() && o.asResource().getURI().startsWith(KG)) {
                    type = EntityType.parse(o.asResource().getLocalName()).orElse(type);
                }
            }
            List<String> prefs = strings(c, SKOS.prefLabel);
            if (type == null) throw new IllegalArgumentException(name + ": concept without kg: type: " + c.getURI());
            if (prefs.size() != 1) throw new IllegalArgumentException(name + ": concept needs exactly one prefLabel: " + c.getURI());
            List<String> alts = strings(c, SKOS.altLabel);
            List<String> broader = new ArrayList<>();
            c.listProperties(SKOS.broader).forEachRemaining(s -> {
                if (s.getObject().isURIResource()) broader.add(s.getObject().asResource().getURI());
            });
            Collections.sort(broader);
            List<String> src = strings(c, DCTerms.source);
            Set<String> flags = new HashSet<>();
            Set<String> caseLabels = new HashSet<>();
            for (Statement s : c.listProperties(matchCase).toList()) {
                Literal l = s.getObject().isLiteral() ? s.getObject().asLiteral() : null;
                if (l == null) continue;
                Object v = l.getValue();
                if (Boolean.TRUE.equals(v)) flags.add(VocabEntry.MATCH_CASE);
                else if (v instanceof String str) caseLabels.add(str);
            }
            for (String mode : strings(c, matchMode)) {
                if (mode.equalsIgnoreCase("none")) flags.add(VocabEntry.NO_MATCH);
                else if (mode.equalsIgnoreCase("exact-case")) flags.add(VocabEntry.MATCH_CASE);
            }
            out.add(new VocabEntry(c.getURI(), type, prefs.get(0), alts, broader,
                    src.isEmpty() ? "curated" : src.get(0), flags, caseLabels));
        }
        return out;
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) out.add(s.getObject().asLiteral().getLexicalForm());
        });
        Collections.sort(out);
        return out;
    }

    public Optional<VocabEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry of {@code type} that has {@code name} as a label (compared by {@link Keys#norm}); curated first. */
    public Optional<VocabEntry> lookup(EntityType type, String name) {
        return lookup(name).stream().filter(e -> e.type() == type).findFirst();
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
