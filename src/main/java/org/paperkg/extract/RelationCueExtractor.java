package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relates the paper to mentions found by earlier extractors, per sentence, through cue phrases
 * ({@code ontology/patterns/relation-cues.tsv}): a cue ending shortly before a mention of a fitting type
 * ("evaluated on ... CIFAR-10", "implemented on a ... FPGA", "than a Titan X GPU") gives the relation with the cue's
 * confidence; the nearest cue wins. Tasks named in the title, the first sentence or a proposal sentence are
 * {@code addresses}. Proposed artifacts are never objects of {@code comparedWith}. Must run after the entity and
 * proposal extractors.
 */
public final class RelationCueExtractor implements Extractor {
    public static final String NAME = "relation-cue";

    private record Cue(Relation relation, Set<EntityType> types, Pattern pattern, double confidence, int maxGap) {
        boolean fits(EntityType t) {
            return types.isEmpty() || types.contains(t);
        }
    }

    private final List<Cue> cues = new ArrayList<>();
    private static final Pattern GAP_BREAK = Pattern.compile("[;:]|\\.\\s|\\b(?:while|whereas|but|which|that)\\b");

    public RelationCueExtractor() {
        for (String[] r : PatternData.rows("relation-cues.tsv")) {
            Relation rel = Relation.parse(r[0]).orElseThrow(() -> new IllegalStateException("unknown relation " + r[0]));
            Set<EntityType> types = new HashSet<>();
            if (!r[1].equals("*")) for (String t : r[1].split(",")) types.add(EntityType.parse(t).orElseThrow());
            cues.add(new Cue(rel, types, NumericResultExtractor.cuePattern(r[2]), Double.parseDouble(r[3]), Integer.parseInt(r[4])));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        Set<String> done = new HashSet<>();
        Set<String> proposedNames = new HashSet<>();
        for (Mention p : findings.proposed()) proposedNames.add(key(p));
        List<Mention> mentions = new ArrayList<>(findings.mentions());
        for (TextField field : TextField.values()) {
            String text = doc.textOf(field);
            if (text == null || text.isEmpty()) continue;
            List<Sentences.Span> sentences = Sentences.split(text);
            for (int si = 0; si < sentences.size(); si++) {
                Sentences.Span s = sentences.get(si);
                boolean proposalSentence = false;
                for (Mention p : findings.proposed()) proposalSentence |= p.field() == field && s.contains(p.start());
                for (Mention m : mentions) {
                    if (m.field() != field || !s.contains(m.start())) continue;
                    boolean proposed = proposedNames.contains(key(m));
                    Cue best = null;
                    int bestGap = Integer.MAX_VALUE;
                    for (Cue c : cues) {
                        if (!c.fits(m.type())) continue;
                        if (c.relation() == Relation.COMPARED_WITH && proposed) continue;
                        int from = Math.max(s.start(), m.start() - c.maxGap() - 40);
                        Matcher cm = c.pattern().matcher(text).region(from, m.start());
                        int cueEnd = -1;
                        while (cm.find()) cueEnd = cm.end();
                        if (cueEnd < 0) continue;
                        int gap = m.start() - cueEnd;
                        if (gap > c.maxGap()) continue;
                        if (GAP_BREAK.matcher(text.substring(cueEnd, m.start())).find()) continue;
                        if (gap < bestGap || gap == bestGap && best != null && c.confidence() > best.confidence()) {
                            best = c;
                            bestGap = gap;
                        }
                    }
                    if (best != null) add(findings, done, best.relation(), m, best.confidence());
                    if (m.type() == EntityType.TASK && (field == TextField.TITLE || si == 0 || proposalSentence)) {
                        add(findings, done, Relation.ADDRESSES, m, field == TextField.TITLE ? 0.65 : 0.55);
                    }
                }
            }
        }
    }

    private void add(Findings findings, Set<String> done, Relation rel, Mention m, double conf) {
        if (done.add(rel.localName() + "|" + key(m))) findings.addRelation(new RelationFinding(rel, m, NAME, conf));
    }

    private static String key(Mention m) {
        return m.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
