package org.paperkg.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.extract.Doc;
import org.paperkg.extract.EntityType;
import org.paperkg.extract.Findings;
import org.paperkg.extract.Mention;
import org.paperkg.extract.VocabularyExtractor;
import org.paperkg.text.TextCleaner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the vocabulary extractor alone against the seed gold with the GUIDELINES rule (same type; label or alias
 * equal after lower-casing and keeping letters and digits), micro-averaged over records, and prints P/R/F1 per type.
 * Set -Dvocab.report.errors=true to print false positives and misses.
 */
class VocabularyGoldReportTest {

    @Test
    void seedGoldScores() throws IOException {
        ObjectMapper om = new ObjectMapper();
        Path dir = Path.of("src/test/resources/gold");
        Map<String, JsonNode> gold = new HashMap<>();
        for (String l : Files.readAllLines(dir.resolve("seed-gold.jsonl"))) {
            if (l.isBlank()) continue;
            JsonNode n = om.readTree(l);
            gold.put(n.get("id").asText(), n);
        }
        VocabularyExtractor ex = new VocabularyExtractor();
        Map<EntityType, int[]> score = new EnumMap<>(EntityType.class); // tp, fp, fn
        boolean errors = Boolean.getBoolean("vocab.report.errors");
        for (String l : Files.readAllLines(dir.resolve("seed-records.jsonl"))) {
            if (l.isBlank()) continue;
            JsonNode r = om.readTree(l);
            String id = r.get("id").asText();
            String title = r.hasNonNull("title") ? r.get("title").asText() : null;
            PaperRecord rec = new PaperRecord(id, r.path("source").asText("seed"), 1, title, r.get("abstract").asText(),
                    null, null, null, null, null, null);
            Doc doc = new Doc(rec, TextCleaner.clean(title), TextCleaner.clean(rec.abstractText()));
            Findings f = new Findings();
            ex.extract(doc, f);
            // predicted entities per type: canonical name + written text as its alias set; deduplicated by canonical
            Map<EntityType, Map<String, Set<String>>> pred = new EnumMap<>(EntityType.class);
            for (Mention m : f.mentions()) {
                Set<String> keys = pred.computeIfAbsent(m.type(), t -> new HashMap<>())
                        .computeIfAbsent(Keys.norm(m.name()), k -> new HashSet<>());
                keys.add(Keys.norm(m.name()));
                keys.add(Keys.norm(m.text()));
            }
            Map<EntityType, List<Set<String>>> gl = new EnumMap<>(EntityType.class);
            JsonNode g = gold.get(id);
            if (g == null) continue;
            for (JsonNode e : g.get("entities")) {
                EntityType t = EntityType.parse(e.get("type").asText()).orElseThrow();
                Set<String> keys = new HashSet<>();
                keys.add(Keys.norm(e.get("label").asText()));
                for (JsonNode a : e.path("aliases")) keys.add(Keys.norm(a.asText()));
                gl.computeIfAbsent(t, x -> new ArrayList<>()).add(keys);
            }
            for (EntityType t : EntityType.values()) {
                int[] s = score.computeIfAbsent(t, x -> new int[3]);
                List<Set<String>> gs = new ArrayList<>(gl.getOrDefault(t, List.of()));
                for (Map.Entry<String, Set<String>> p : pred.getOrDefault(t, Map.of()).entrySet()) {
                    Set<String> hit = null;
                    for (Set<String> gk : gs) {
                        if (!java.util.Collections.disjoint(gk, p.getValue())) {
                            hit = gk;
                            break;
                        }
                    }
                    if (hit != null) {
                        s[0]++;
                        gs.remove(hit);
                    } else {
                        s[1]++;
                        if (errors) System.out.println("FP " + id + " " + t.localName() + " " + p.getKey());
                    }
                }
                s[2] += gs.size();
                if (errors) for (Set<String> m : gs) System.out.println("FN " + id + " " + t.localName() + " " + m);
            }
        }
        int tp = 0, fp = 0, fn = 0;
        StringBuilder b = new StringBuilder("vocabulary extractor on seed gold:\n");
        for (Map.Entry<EntityType, int[]> e : score.entrySet()) {
            int[] s = e.getValue();
            b.append(line(e.getKey().localName(), s[0], s[1], s[2]));
            if (e.getKey() != EntityType.MODEL_CLASS) {
                tp += s[0];
                fp += s[1];
                fn += s[2];
            }
        }
        b.append(line("overall (excl. ModelClass)", tp, fp, fn));
        System.out.println(b);
        assertTrue(tp > 0);
    }

    private static String line(String name, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(java.util.Locale.ROOT, "  %-28s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", name, p, r, f1, tp, fp, fn);
    }
}
