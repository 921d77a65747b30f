package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores per category (micro-averaged over records) plus per-record misses and false hits. */
public final class EvalReport {
    /** One miss (gold not found) or false hit (extracted, not in gold) of one record. */
    public record Detail(String recordId, String category, boolean miss, String what) {
    }

    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final List<Detail> details = new ArrayList<>();
    private int records;

    void add(String category, Counts c) {
        counts.merge(category, c, Counts::plus);
    }

    void detail(Detail d) {
        details.add(d);
    }

    void countRecord() {
        records++;
    }

    public int records() {
        return records;
    }

    /** Counts of a category ("Method", ..., "entities", "ModelClass", "proposed", "relations", "results"); zero if absent. */
    public Counts get(String category) {
        return counts.getOrDefault(category, Counts.ZERO);
    }

    public Map<String, Counts> categories() {
        return Collections.unmodifiableMap(counts);
    }

    public List<Detail> details() {
        return Collections.unmodifiableList(details);
    }

    /** A fixed-width table: category, tp, fp, fn, P, R, F1. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %5s %5s %5s %6s %6s %6s%n", "category", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            Counts c = e.getValue();
            b.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d %6.3f %6.3f %6.3f%n", e.getKey(), c.tp(), c.fp(), c.fn(),
                    c.precision(), c.recall(), c.f1()));
        }
        b.append(String.format(Locale.ROOT, "(%d records)%n", records));
        return b.toString();
    }

    /** The table followed by every miss ("-") and false hit ("+"), by record. */
    public String verbose() {
        StringBuilder b = new StringBuilder(table());
        String last = null;
        for (Detail d : details) {
            if (!d.recordId().equals(last)) {
                b.append(d.recordId()).append('\n');
                last = d.recordId();
            }
            b.append("  ").append(d.miss() ? "- " : "+ ").append(d.category()).append(": ").append(d.what()).append('\n');
        }
        return b.toString();
    }

    /** Only the details of the given categories. */
    public String verbose(String... categories) {
        List<String> wanted = List.of(categories);
        StringBuilder b = new StringBuilder();
        String last = null;
        for (Detail d : details) {
            if (!wanted.contains(d.category())) continue;
            if (!d.recordId().equals(last)) {
                b.append(d.recordId()).append('\n');
                last = d.recordId();
            }
            b.append("  ").append(d.miss() ? "- " : "+ ").append(d.category()).append(": ").append(d.what()).append('\n');
        }
        return b.toString();
    }
}
