package org.paperkg.eval.external;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperkg.build.GraphBuilder;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.eval.EvalReport;
import org.paperkg.eval.ExtractedRecord;
import org.paperkg.eval.LinkedPaperAdapter;
import org.paperkg.eval.Scorer;

/**
 * Scores the pipeline on an external corpus as records stream in: each abstract goes through the same extraction and
 * linking as a build (title null, the corpus text as abstract), its entities are mapped to the corpus's types, and
 * {@link Scorer} compares them with the gold entities of {@link GoldEntities} — the same per-record set rule and
 * micro-averaging as the seed gold. Proposed artifacts, relations and results are not scored: these corpora have no
 * such gold.
 */
public final class ExternalEvaluation implements CorpusSink {
    private final TypeMapping mapping;
    private final GraphBuilder builder;
    private final String source;
    private final Scorer scorer = new Scorer();
    private final EvalReport report = new EvalReport();
    private final Map<String, Integer> keptMentions = new TreeMap<>();
    private final Map<String, Integer> ignoredMentions = new TreeMap<>();
    private final Map<String, Integer> falseHitsLabelledOtherwise = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();
    private int goldEntities;
    private int falseHits;
    private final Map<String, Integer> missesFoundAsOtherTypes = new TreeMap<>();
    private int misses;

    /** {@code source} names the corpus file in the records handed to the pipeline. */
    public ExternalEvaluation(TypeMapping mapping, GraphBuilder builder, String source) {
        this.mapping = mapping;
        this.builder = builder;
        this.source = source;
    }

    @Override
    public void accept(AnnotatedAbstract r) {
        PaperRecord paper = new PaperRecord(r.id(), source, r.line(), null, r.text(), null, null, null, null, null, null);
        score(r, LinkedPaperAdapter.toRecord(r.id(), builder.process(paper)).entities());
    }

    /** Scores one abstract given the entities the pipeline found in it (label, aliases = written forms, our type). */
    void score(AnnotatedAbstract r, List<ExtractedRecord.Entity> ours) {
        for (SpanMention m : r.mentions()) {
            (mapping.goldType(m.label()) != null ? keptMentions : ignoredMentions).merge(m.label(), 1, Integer::sum);
        }
        List<ExtractedRecord.Entity> gold = GoldEntities.of(r, mapping);
        goldEntities += gold.size();
        ExtractedRecord predicted = predicted(r.id(), ours);
        scorer.scoreRecord(new ExtractedRecord(r.id(), gold, null, null, null), predicted, report);
        countFalseHitsLabelledOtherwise(r, gold, predicted.entities());
        countMissesFoundAsOtherTypes(gold, ours);
    }

    @Override
    public void skipped(String where, String reason) {
        skipped.add(where + ": skipped: " + reason);
    }

    /** Our entities as this corpus scores them: mapped types only, others dropped. */
    ExtractedRecord predicted(String id, List<ExtractedRecord.Entity> ours) {
        List<ExtractedRecord.Entity> out = new ArrayList<>();
        for (ExtractedRecord.Entity e : ours) {
            String t = mapping.predictedType(e.type());
            if (t != null) out.add(new ExtractedRecord.Entity(t, e.label(), e.aliases()));
        }
        return new ExtractedRecord(id, out, null, null, null);
    }

    /**
     * A diagnostic, not a score (scored types only, as the "entities" row): of the predictions that match no gold entity of their type, how many name a span the
     * corpus does annotate, but under another label (an ignored one such as OtherScientificTerm, or another type).
     * These are disagreements of annotation scheme rather than text the corpus says nothing about.
     */
    private void countFalseHitsLabelledOtherwise(AnnotatedAbstract r, List<ExtractedRecord.Entity> gold,
                                                 List<ExtractedRecord.Entity> predicted) {
        Set<String> seen = new HashSet<>();
        for (ExtractedRecord.Entity p : predicted) {
            if (!mapping.scored().contains(p.type())) continue;
            Set<String> names = names(p);
            if (!seen.add(p.type() + "|" + Scorer.norm(p.label()))) continue;
            boolean hit = false;
            for (ExtractedRecord.Entity g : gold) {
                if (g.type().equals(p.type()) && !Collections.disjoint(names, names(g))) hit = true;
            }
            if (hit) continue;
            falseHits++;
            for (SpanMention m : r.mentions()) {
                if (names.contains(Scorer.norm(GoldEntities.name(m.text())))) {
                    falseHitsLabelledOtherwise.merge(m.label(), 1, Integer::sum);
                    break;
                }
            }
        }
    }

    /**
     * A diagnostic, not a score: of the gold entities no prediction of their type matches, how many the pipeline did
     * find under another of our types (an RNN the corpus calls a model architecture and our guidelines a ModelClass).
     */
    private void countMissesFoundAsOtherTypes(List<ExtractedRecord.Entity> gold, List<ExtractedRecord.Entity> ours) {
        for (ExtractedRecord.Entity g : gold) {
            if (!mapping.scored().contains(g.type())) continue;
            Set<String> names = names(g);
            String foundAs = null;
            boolean hit = false;
            for (ExtractedRecord.Entity o : ours) {
                if (Collections.disjoint(names, names(o))) continue;
                if (g.type().equals(mapping.predictedType(o.type()))) hit = true;
                else if (foundAs == null) foundAs = o.type();
            }
            if (hit) continue;
            misses++;
            if (foundAs != null) missesFoundAsOtherTypes.merge(foundAs, 1, Integer::sum);
        }
    }

    private static Set<String> names(ExtractedRecord.Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Scorer.norm(e.label()));
        for (String a : e.aliases()) out.add(Scorer.norm(a));
        out.remove("");
        return out;
    }

    public ExternalReport report() {
        return new ExternalReport(mapping, report, goldEntities, keptMentions, ignoredMentions, falseHits,
                falseHitsLabelledOtherwise, misses, missesFoundAsOtherTypes, skipped);
    }
}
