package org.paperkg.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.extract.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Method and Task names annotated in a human-labelled corpus (SciREX train: full papers with token spans; SciERC
 * train: abstracts with sentence-split token spans), counted by the number of documents that name them. Token spans
 * are detokenised ("Full - Resolution" → "Full-Resolution", "-LRB-" → "("); mentions that differ only in case or by a
 * plural "s" are one name. A name annotated under both types gets the type most documents give it.
 */
final class AnnotatedNames {
    /** A name, its most fitting written form, and how many documents annotate it. */
    record Name(EntityType type, String form, int docs) {
    }

    private static final Map<String, EntityType> TYPES = Map.of("Method", EntityType.METHOD, "Task", EntityType.TASK);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** lower-case form -> type -> documents. */
    private final Map<String, Map<EntityType, Set<Integer>>> docs = new TreeMap<>();
    /** lower-case form -> written form -> mentions. */
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    /** Reads SciREX documents (JSON Lines, gzip allowed): {@code words} and {@code ner} [start, end, type], end exclusive. */
    static AnnotatedNames scirex(Path file) throws IOException {
        AnnotatedNames n = new AnnotatedNames();
        try (BufferedReader r = reader(file)) {
            String line;
            int doc = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode d = JSON.readTree(line);
                List<String> words = strings(d.path("words"));
                for (JsonNode span : d.path("ner")) {
                    n.add(doc, words, span.path(0).asInt(), span.path(1).asInt(), span.path(2).asText(""));
                }
                doc++;
            }
        }
        return n;
    }

    /**
     * Reads SciERC documents (JSON Lines): {@code sentences} (token lists) and {@code ner}, per sentence, of
     * [start, end, type] with document-level token offsets, end inclusive.
     */
    static AnnotatedNames scierc(Path file) throws IOException {
        AnnotatedNames n = new AnnotatedNames();
        try (BufferedReader r = reader(file)) {
            String line;
            int doc = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode d = JSON.readTree(line);
                List<String> words = new ArrayList<>();
                for (JsonNode s : d.path("sentences")) words.addAll(strings(s));
                for (JsonNode sent : d.path("ner")) {
                    for (JsonNode span : sent) {
                        n.add(doc, words, span.path(0).asInt(), span.path(1).asInt() + 1, span.path(2).asText(""));
                    }
                }
                doc++;
            }
        }
        return n;
    }

    private void add(int doc, List<String> words, int start, int end, String label) {
        EntityType type = TYPES.get(label);
        if (type == null || start < 0 || end > words.size() || start >= end) return;
        String form = detokenize(words.subList(start, end));
        if (form.isEmpty()) return;
        String key = form.toLowerCase(Locale.ROOT);
        docs.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(type, t -> new TreeSet<>()).add(doc);
        forms.computeIfAbsent(key, k -> new TreeMap<>()).merge(form, 1, Integer::sum);
    }

    /** Joins tokens as they would be written: no spaces around hyphens and slashes, none inside brackets. */
    static String detokenize(List<String> tokens) {
        String s = String.join(" ", tokens)
                .replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
                .replace("-LCB-", "{").replace("-RCB-", "}").replace("``", "\"").replace("''", "\"");
        s = s.replaceAll("\\s*-\\s*", "-").replaceAll("\\s*/\\s*", "/")
                .replaceAll("([(\\[{])\\s+", "$1").replaceAll("\\s+([)\\]},.;:!?])", "$1")
                .replaceAll("\\s+('s|n't)\\b", "$1");
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Names annotated in at least {@code minDocs} documents, sorted by written form. A plural ("CNNs", "GANs") is
     * counted with its singular when both occur; the written form is the all-lower-case one when the corpus writes
     * the name that way at all (a common noun phrase), otherwise its most frequent form.
     */
    List<Name> frequent(int minDocs) {
        Map<String, Map<EntityType, Set<Integer>>> merged = new TreeMap<>();
        Map<String, Map<String, Integer>> mergedForms = new HashMap<>();
        for (Map.Entry<String, Map<EntityType, Set<Integer>>> e : docs.entrySet()) {
            String key = e.getKey();
            String singular = key.endsWith("s") && !key.endsWith("ss") ? key.substring(0, key.length() - 1) : key;
            String target = !singular.equals(key) && docs.containsKey(singular) ? singular : key;
            Map<EntityType, Set<Integer>> into = merged.computeIfAbsent(target, k -> new TreeMap<>());
            for (Map.Entry<EntityType, Set<Integer>> t : e.getValue().entrySet()) {
                into.computeIfAbsent(t.getKey(), k -> new TreeSet<>()).addAll(t.getValue());
            }
            if (target.equals(key)) mergedForms.computeIfAbsent(target, k -> new TreeMap<>()).putAll(forms.get(key));
        }
        List<Name> out = new ArrayList<>();
        for (Map.Entry<String, Map<EntityType, Set<Integer>>> e : merged.entrySet()) {
            EntityType best = null;
            int bestDocs = 0;
            boolean tie = false;
            for (Map.Entry<EntityType, Set<Integer>> t : e.getValue().entrySet()) {
                int n = t.getValue().size();
                if (n > bestDocs) {
                    best = t.getKey();
                    bestDocs = n;
                    tie = false;
                } else if (n == bestDocs) tie = true;
            }
            if (best == null || tie || bestDocs < minDocs) continue;
            out.add(new Name(best, writtenForm(e.getKey(), mergedForms.get(e.getKey())), bestDocs));
        }
        out.sort((a, b) -> a.form().compareTo(b.form()) != 0 ? a.form().compareTo(b.form()) : a.type().compareTo(b.type()));
        return out;
    }

    private static String writtenForm(String key, Map<String, Integer> written) {
        if (written.containsKey(key)) return key;
        String best = key;
        int n = -1;
        for (Map.Entry<String, Integer> f : written.entrySet()) { // sorted: ties go to the first form
            if (f.getValue() > n) {
                best = f.getKey();
                n = f.getValue();
            }
        }
        return best;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode w : array) out.add(w.asText(""));
        return out;
    }

    private static BufferedReader reader(Path p) throws IOException {
        return org.paperkg.corpus.CorpusInput.openLines(p);
    }
}
