package org.paperkg.eval.external;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.eval.ExtractedRecord;
import org.paperkg.eval.Scorer;

/**
 * Turns an external corpus's mentions into gold entities as our scorer compares them: one entity per real-world
 * thing per abstract, with every form it is written in as a name. The corpora annotate mentions (XNLI three times);
 * our gold annotates entities (XNLI once), so without this every repeated mention would be a miss.
 *
 * <p>Mentions of one mapped type are one entity when (1) their names are equal after the scorer's normalisation,
 * (2) the corpus puts them in one coreference cluster (SciERC), or (3) one is written in brackets right after the
 * other, "multilingual BERT (mBERT)" — our guidelines' rule that an expansion and its acronym are one entity.
 *
 * <p>Names: the written form, and the written form without leading articles, demonstratives, possessives and naming
 * cues ("the RNN", "our RNN architecture", "dubbed XLM-R"; not "named", which starts names such as
 * "named entity recognition"), which some corpora include in the span and our
 * guidelines do not. The entity's label is its first mention's name; all other forms are aliases.
 */
public final class GoldEntities {
    /** Words a span may start with that are not part of the name (part of the scoring rule, not of extraction). */
    private static final Pattern LEADING_FUNCTION_WORD = Pattern.compile(
            "^(?:the|a|an|our|their|its|this|these|those|dubbed|called)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*[(\\[]\\s*");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("^\\s*[)\\]]");

    private GoldEntities() {
    }

    /** The gold entities of one abstract under {@code mapping}, in order of first mention. */
    public static List<ExtractedRecord.Entity> of(AnnotatedAbstract record, TypeMapping mapping) {
        List<SpanMention> kept = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (SpanMention m : record.mentions()) {
            String t = mapping.goldType(m.label());
            if (t != null && !Scorer.norm(name(m.text())).isEmpty()) {
                kept.add(m);
                types.add(t);
            }
        }
        int n = kept.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> kept.get(i).start()).thenComparingInt(i -> kept.get(i).end()));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (types.get(a).equals(types.get(b)) && sameEntity(record.text(), kept.get(a), kept.get(b))) union(parent, a, b);
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i : order) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        List<ExtractedRecord.Entity> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            Set<String> forms = new LinkedHashSet<>();
            for (int i : g) forms.add(name(kept.get(i).text()));
            for (int i : g) forms.add(kept.get(i).text());
            List<String> all = new ArrayList<>(forms);
            out.add(new ExtractedRecord.Entity(types.get(g.get(0)), all.get(0), all.subList(1, all.size())));
        }
        return out;
    }

    /** The name a span gives, without the leading words our guidelines leave out of names. */
    static String name(String written) {
        String s = written.strip();
        String prev;
        do {
            prev = s;
            s = LEADING_FUNCTION_WORD.matcher(s).replaceFirst("");
        } while (!s.equals(prev) && !s.isEmpty());
        return s;
    }

    private static boolean sameEntity(String text, SpanMention a, SpanMention b) {
        if (Scorer.norm(name(a.text())).equals(Scorer.norm(name(b.text())))) return true;
        if (a.cluster() != SpanMention.NO_CLUSTER && a.cluster() == b.cluster()) return true;
        return bracketed(text, a, b) || bracketed(text, b, a);
    }

    /** {@code inner} is written in brackets right after {@code outer}: "outer (inner)". */
    private static boolean bracketed(String text, SpanMention outer, SpanMention inner) {
        if (inner.start() < outer.end()) return false;
        String between = text.substring(outer.end(), inner.start());
        return BRACKET_OPEN.matcher(between).matches() && BRACKET_CLOSE.matcher(text.substring(inner.end())).find();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
