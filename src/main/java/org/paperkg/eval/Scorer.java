package org.paperkg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted records against gold, following GUIDELINES.md "How quality is scored".
 *
 * <p><b>Names.</b> A name is normalised by lower-casing and dropping everything but letters and digits. An extracted
 * item matches a gold item when one of its names (label or aliases) equals one of the gold item's names and the
 * type (entities, proposed) or relation (relations) is the same. For proposed artifacts and relation objects, the
 * gold names are widened with the aliases of the gold entity carrying the same label.
 *
 * <p><b>Set semantics.</b> Per record and category, each gold item is matched at most once. An extracted item that
 * matches a gold item is a true positive, unless that gold item was already matched (a duplicate: neither tp nor
 * fp). An extracted item that matches nothing is a false positive, once per distinct normalised (type, name).
 * Unmatched gold items are false negatives. Counts are summed over records (micro-averaging).
 *
 * <p><b>Results</b> match on (metric keyword, number): the numbers must be equal (within 0.05% relative, so
 * "1/3" given as 0.333 matches 0.3333), and the metrics must share a keyword: the gold metric's words minus
 * generic direction words ("improvement", "reduction", "increase", "relative", ...; all its words if nothing is left)
 * must include at least one word of the extracted metric's words. Thus extracted "energy efficiency" matches gold
 * "energy efficiency improvement" and "latency" matches "inference latency", but "speedup" does not match "accuracy".
 * Extracted results are first de-duplicated on (metric, number). Baselines, values and units are not scored.
 */
public final class Scorer {
    public static final List<String> ENTITY_TYPES = List.of("Method", "Model", "Dataset", "Hardware", "Task");
    static final Set<String> GENERIC_METRIC_WORDS = Set.of("improvement", "improvements", "reduction", "reductions",
            "increase", "decrease", "gain", "gains", "relative", "absolute", "of", "the", "and", "saving", "savings",
            "rate", "ratio", "drop", "overall", "total", "average", "mean");

    public EvalReport score(Map<String, GoldFile.GoldRecord> gold, Map<String, ExtractedRecord> extracted) {
        EvalReport report = new EvalReport();
        for (String t : ENTITY_TYPES) report.add(t, Counts.ZERO);
        report.add("entities", Counts.ZERO);
        report.add("ModelClass", Counts.ZERO);
        report.add("proposed", Counts.ZERO);
        report.add("relations", Counts.ZERO);
        report.add("results", Counts.ZERO);
        for (GoldFile.GoldRecord g : gold.values()) {
            ExtractedRecord x = extracted.get(g.id());
            if (x == null) x = new ExtractedRecord(g.id(), List.of(), List.of(), List.of(), List.of());
            scoreRecord(g.annotation(), x, report);
        }
        return report;
    }

    /** Scores one record into {@code report}. */
    public void scoreRecord(ExtractedRecord gold, ExtractedRecord x, EvalReport report) {
        report.countRecord();
        String id = gold.id();
        // entities
        List<Item> gEnt = new ArrayList<>(), xEnt = new ArrayList<>();
        for (ExtractedRecord.Entity e : gold.entities()) gEnt.add(new Item(e.type(), names(e.label(), e.aliases()), e.label()));
        for (ExtractedRecord.Entity e : x.entities()) xEnt.add(new Item(e.type(), names(e.label(), e.aliases()), e.label()));
        for (String t : ENTITY_TYPES) {
            Counts c = match(id, t, filter(gEnt, t), filter(xEnt, t), report);
            report.add(t, c);
            report.add("entities", c);
        }
        report.add("ModelClass", match(id, "ModelClass", filter(gEnt, "ModelClass"), filter(xEnt, "ModelClass"), report));
        // proposed
        List<Item> gProp = new ArrayList<>(), xProp = new ArrayList<>();
        for (ExtractedRecord.Entity e : gold.proposed()) gProp.add(new Item(e.type(), widen(gold, e.label(), e.aliases()), e.label()));
        for (ExtractedRecord.Entity e : x.proposed()) xProp.add(new Item(e.type(), names(e.label(), e.aliases()), e.label()));
        report.add("proposed", match(id, "proposed", gProp, xProp, report));
        // relations
        List<Item> gRel = new ArrayList<>(), xRel = new ArrayList<>();
        for (ExtractedRecord.Rel r : gold.relations()) gRel.add(new Item(r.rel(), widen(gold, r.object(), r.aliases()), r.object()));
        for (ExtractedRecord.Rel r : x.relations()) xRel.add(new Item(r.rel(), names(r.object(), r.aliases()), r.object()));
        report.add("relations", match(id, "relations", gRel, xRel, report));
        report.add("results", matchResults(id, gold.results(), x.results(), report));
    }

    private record Item(String type, Set<String> names, String label) {
        boolean sameAs(Item o) {
            if (!type.equalsIgnoreCase(o.type)) return false;
            for (String n : names) if (o.names.contains(n)) return true;
            return false;
        }

        String show() {
            return type + " " + label;
        }
    }

    private static List<Item> filter(List<Item> items, String type) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) if (i.type.equalsIgnoreCase(type)) out.add(i);
        return out;
    }

    private static Counts match(String id, String category, List<Item> gold, List<Item> extracted, EvalReport report) {
        boolean[] hit = new boolean[gold.size()];
        List<Item> falseHits = new ArrayList<>();
        int tp = 0;
        for (Item x : extracted) {
            int free = -1;
            boolean dup = false;
            for (int i = 0; i < gold.size(); i++) {
                if (!x.sameAs(gold.get(i))) continue;
                if (!hit[i]) { free = i; break; }
                dup = true;
            }
            if (free >= 0) {
                hit[free] = true;
                tp++;
            } else if (!dup) {
                boolean seen = false;
                for (Item f : falseHits) seen |= f.sameAs(x);
                if (!seen) falseHits.add(x);
            }
        }
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (!hit[i]) {
                fn++;
                report.detail(new EvalReport.Detail(id, category, true, gold.get(i).show()));
            }
        }
        for (Item f : falseHits) report.detail(new EvalReport.Detail(id, category, false, f.show()));
        return new Counts(tp, falseHits.size(), fn);
    }

    private static Counts matchResults(String id, List<ExtractedRecord.Result> gold, List<ExtractedRecord.Result> extracted,
                                       EvalReport report) {
        List<ExtractedRecord.Result> xs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExtractedRecord.Result r : extracted) {
            if (r.number() == null) continue;
            if (seen.add(String.valueOf(r.metric()).toLowerCase(Locale.ROOT) + "|" + r.number().stripTrailingZeros().toPlainString())) xs.add(r);
        }
        boolean[] hit = new boolean[gold.size()];
        int tp = 0, fp = 0;
        for (ExtractedRecord.Result x : xs) {
            int found = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!hit[i] && resultMatches(gold.get(i), x)) { found = i; break; }
            }
            if (found >= 0) {
                hit[found] = true;
                tp++;
            } else {
                fp++;
                report.detail(new EvalReport.Detail(id, "results", false, show(x)));
            }
        }
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (!hit[i]) {
                fn++;
                report.detail(new EvalReport.Detail(id, "results", true, show(gold.get(i))));
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** The (metric keyword, number) rule described in the class comment. */
    public static boolean resultMatches(ExtractedRecord.Result gold, ExtractedRecord.Result x) {
        if (gold.number() == null || x.number() == null) return false;
        BigDecimal a = gold.number(), b = x.number();
        double tol = 0.0005 * Math.max(1.0, Math.abs(a.doubleValue()));
        if (Math.abs(a.doubleValue() - b.doubleValue()) > tol) return false;
        Set<String> gw = metricWords(gold.metric());
        Set<String> key = new HashSet<>(gw);
        key.removeAll(GENERIC_METRIC_WORDS);
        if (key.isEmpty()) key = gw;
        Set<String> xw = metricWords(x.metric());
        for (String k : key) if (xw.contains(k)) return true;
        return false;
    }

    static Set<String> metricWords(String metric) {
        Set<String> out = new LinkedHashSet<>();
        if (metric == null) return out;
        for (String w : metric.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}@]+")) {
            if (w.isEmpty()) continue;
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static String show(ExtractedRecord.Result r) {
        return r.metric() + " = " + r.value() + (r.baseline() == null ? "" : " vs " + r.baseline());
    }

    /** Normalised names: lower case, letters and digits only. */
    public static String norm(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static Set<String> names(String label, List<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        if (!norm(label).isEmpty()) out.add(norm(label));
        for (String a : aliases) if (!norm(a).isEmpty()) out.add(norm(a));
        return out;
    }

    /** Gold names widened with the aliases of the gold entity (any type) whose names include the label. */
    private static Set<String> widen(ExtractedRecord gold, String label, List<String> aliases) {
        Set<String> out = names(label, aliases);
        String key = norm(label);
        for (ExtractedRecord.Entity e : gold.entities()) {
            Set<String> en = names(e.label(), e.aliases());
            if (en.contains(key)) out.addAll(en);
        }
        return out;
    }
}
