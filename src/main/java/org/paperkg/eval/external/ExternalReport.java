package org.paperkg.eval.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperkg.eval.Counts;
import org.paperkg.eval.EvalReport;

/**
 * The scores of one external corpus: a row per scored type, the overall "entities" row over them, indicative rows
 * marked with "*" (outside the overall figure), and what was read, kept and ignored — so a reader of the table knows
 * exactly what it measures.
 */
public final class ExternalReport {
    private final TypeMapping mapping;
    private final EvalReport scores;
    private final int goldEntities;
    private final Map<String, Integer> keptMentions;
    private final Map<String, Integer> ignoredMentions;
    private final int falseHits;
    private final Map<String, Integer> falseHitsLabelledOtherwise;
    private final int misses;
    private final Map<String, Integer> missesFoundAsOtherTypes;
    private final List<String> skipped;

    ExternalReport(TypeMapping mapping, EvalReport scores, int goldEntities, Map<String, Integer> keptMentions,
                   Map<String, Integer> ignoredMentions, int falseHits, Map<String, Integer> falseHitsLabelledOtherwise,
                   int misses, Map<String, Integer> missesFoundAsOtherTypes, List<String> skipped) {
        this.mapping = mapping;
        this.scores = scores;
        this.goldEntities = goldEntities;
        this.keptMentions = Map.copyOf(keptMentions);
        this.ignoredMentions = Map.copyOf(ignoredMentions);
        this.falseHits = falseHits;
        this.falseHitsLabelledOtherwise = Map.copyOf(falseHitsLabelledOtherwise);
        this.misses = misses;
        this.missesFoundAsOtherTypes = Map.copyOf(missesFoundAsOtherTypes);
        this.skipped = List.copyOf(skipped);
    }

    /** Counts of one type as scored on this corpus (zero when the type is not scored here). */
    public Counts get(String type) {
        return mapping.scored().contains(type) || mapping.indicative().contains(type) ? scores.get(type) : Counts.ZERO;
    }

    /** Micro-averaged counts over the scored (not indicative) types. */
    public Counts overall() {
        Counts c = Counts.ZERO;
        for (String t : mapping.scored()) c = c.plus(scores.get(t));
        return c;
    }

    public int records() {
        return scores.records();
    }

    public int goldEntities() {
        return goldEntities;
    }

    /** Records that could not be read, "file:line (record id): skipped: reason". */
    public List<String> skipped() {
        return skipped;
    }

    /** The table: header, one row per type, overall, indicative rows, then what the figures rest on. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(mapping.corpus()).append('\n');
        b.append(String.format(Locale.ROOT, "%-12s %5s %5s %5s %6s %6s %6s%n", "category", "tp", "fp", "fn", "P", "R", "F1"));
        for (String t : mapping.scored()) row(b, t, scores.get(t));
        row(b, "entities", overall());
        for (String t : mapping.indicative()) row(b, t + " *", scores.get(t));
        b.append(String.format(Locale.ROOT, "(%d records, %d gold entities from mentions %s; ignored mentions %s%s)%n",
                scores.records(), goldEntities, labels(keptMentions), labels(ignoredMentions),
                skipped.isEmpty() ? "" : "; " + skipped.size() + " records skipped"));
        if (!mapping.indicative().isEmpty()) {
            b.append("(* indicative only, not in \"entities\": the mapping ")
                    .append(mappingOf(mapping.indicative())).append(" is loose)\n");
        }
        int otherwise = falseHitsLabelledOtherwise.values().stream().mapToInt(Integer::intValue).sum();
        b.append(String.format(Locale.ROOT, "(false hits on spans the corpus labels otherwise: %d of %d%s)%n",
                otherwise, falseHits, otherwise == 0 ? "" : ": " + labels(falseHitsLabelledOtherwise)));
        int foundOtherwise = missesFoundAsOtherTypes.values().stream().mapToInt(Integer::intValue).sum();
        b.append(String.format(Locale.ROOT, "(misses found under another of our types: %d of %d%s)%n",
                foundOtherwise, misses, foundOtherwise == 0 ? "" : ": " + labels(missesFoundAsOtherTypes)));
        return b.toString();
    }

    /** The table followed by every miss ("-") and false hit ("+") of the scored and indicative types, by record. */
    public String verbose() {
        List<String> categories = new ArrayList<>(mapping.scored());
        categories.addAll(mapping.indicative());
        return table() + scores.verbose(categories.toArray(String[]::new));
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d %6.3f %6.3f %6.3f%n", name, c.tp(), c.fp(), c.fn(),
                c.precision(), c.recall(), c.f1()));
    }

    private static String labels(Map<String, Integer> counts) {
        if (counts.isEmpty()) return "none";
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (b.length() > 0) b.append(", ");
            b.append(e.getKey()).append(' ').append(e.getValue());
        });
        return b.toString();
    }

    private String mappingOf(List<String> types) {
        StringBuilder b = new StringBuilder();
        mapping.gold().entrySet().stream().filter(e -> types.contains(e.getValue())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(b.length() > 0 ? ", " : "").append(e.getKey()).append(" → ").append(e.getValue()));
        return b.toString();
    }
}
