package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.text.CharClasses;

/**
 * Relates the paper to mentions found by earlier extractors, in three steps of falling confidence:
 * <ol>
 *   <li><b>Cues</b> ({@code relation-cues.tsv}): a cue ending shortly before a mention of a fitting type ("evaluated on
 *       ... CIFAR-10", "implemented on a ... FPGA", "than a Titan X GPU") gives the relation with the cue's confidence;
 *       the nearest cue wins. Tasks named in the title, the first sentence or a proposal sentence are {@code addresses}.</li>
 *   <li><b>Lists</b>: a mention joined to a related one only by list glue (", ", "and", "/", brackets) shares its
 *       relation: "evaluated on CIFAR-10, SVHN and ImageNet".</li>
 *   <li><b>Defaults</b> ({@code relation-defaults.tsv}): an uncued dataset, hardware, model or task mention gets its
 *       type's usual relation with a low confidence, except proposed artifacts, names used only as comparison
 *       baselines, and names given only as examples of a class in a sentence that does not speak of the work
 *       ({@code relation-example-cues.tsv}, {@code relation-usage-words.tsv}).</li>
 * </ol>
 * Proposed artifacts are never objects of {@code comparedWith}. Must run after the entity and proposal extractors.
 */
public final class RelationCueExtractor implements Extractor {
    public static final String NAME = "relation-cue";

    /** A relation cue; a sentence whose fold lacks its phrase's piece is not searched. */
    private record Cue(Relation relation, Set<EntityType> types, CuePhrase phrase, double confidence, int maxGap) {
        boolean fits(EntityType t) {
            return types.isEmpty() || types.contains(t);
        }
    }

    private record Default(Relation relation, double confidence) {
    }

    /** What the whole abstract says about one named entity, gathered before defaults are decided. */
    private static final class Seen {
        Mention first;
        boolean compared;
        boolean usedOutsideExamples;
        final Set<Relation> related = new HashSet<>();
    }

    private final List<Cue> cues = new ArrayList<>();
    private final Map<EntityType, Default> defaults = new EnumMap<>(EntityType.class);

    private final List<CuePhrase> usageWords = new ArrayList<>();
    private final List<CuePhrase> exampleCues = new ArrayList<>();
    private static final Pattern GAP_BREAK = Pattern.compile("[;:]|\\.\\s|\\b(?:while|whereas|but|which|that)\\b");
    /** Text allowed between two items of one list: "CIFAR-10, SVHN and ImageNet", "AlexNet/ResNet", "(I3D, SlowFast)". */
    private static final Pattern LIST_GLUE = Pattern.compile(
            "[\\s,/()]*(?:(?:and|or|as well as|and on|and the|or the)\\s+)?(?:the\\s+)?[\\s,/()]*", Pattern.CASE_INSENSITIVE);
    private static final Map<Relation, EntityType> NATURAL_TYPE = Map.of(Relation.EVALUATED_ON, EntityType.DATASET,
            Relation.TARGETS, EntityType.HARDWARE, Relation.USES_MODEL, EntityType.MODEL, Relation.ADDRESSES, EntityType.TASK);

    public RelationCueExtractor() {
        for (String[] r : PatternData.rows("relation-cues.tsv")) {
            Relation rel = Relation.parse(r[0]).orElseThrow(() -> new IllegalStateException("unknown relation " + r[0]));
            Set<EntityType> types = new HashSet<>();
            if (!r[1].equals("*")) for (String t : r[1].split(",")) types.add(EntityType.parse(t).orElseThrow());
            cues.add(new Cue(rel, types, CuePhrase.of(r[2]),
                    Double.parseDouble(r[3]), Integer.parseInt(r[4])));
        }
        for (String[] r : PatternData.rows("relation-defaults.tsv")) {
            EntityType t = EntityType.parse(r[0]).orElseThrow(() -> new IllegalStateException("unknown type " + r[0]));
            Relation rel = Relation.parse(r[1]).orElseThrow(() -> new IllegalStateException("unknown relation " + r[1]));
            defaults.put(t, new Default(rel, Double.parseDouble(r[2])));
        }
        for (String w : PatternData.words("relation-usage-words.tsv")) usageWords.add(CuePhrase.of(w));
        for (String w : PatternData.words("relation-example-cues.tsv")) exampleCues.add(CuePhrase.of(w));
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * What one abstract's pass keeps across its sentences. The sentence's work is a method of its own
     * ({@link #relateSentence}): as one method with the loops over fields and sentences, it was the JIT compiler's
     * single largest job (about 3 s of C2 time per compile, compiled four times in a 20k run).
     */
    private static final class Pass {
        final Findings findings;
        final Set<String> done = new HashSet<>();
        final Set<String> proposedNames = new HashSet<>();
        final Map<String, Seen> seen = new LinkedHashMap<>();
        final List<Mention> mentions;

        Pass(Findings findings) {
            this.findings = findings;
            for (Mention p : findings.proposed()) proposedNames.add(key(p));
            mentions = new ArrayList<>(findings.mentions());
            mentions.sort(Comparator.comparingInt(Mention::start));
        }
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        Pass pass = new Pass(findings);
        for (TextField field : TextField.values()) {
            String text = doc.textOf(field);
            if (text == null || text.isEmpty()) continue;
            List<Sentences.Span> sentences = doc.sentences(field);
            for (int si = 0; si < sentences.size(); si++) relateSentence(pass, field, text, si, sentences.get(si));
        }
        for (Map.Entry<String, Seen> e : pass.seen.entrySet()) {
            Seen info = e.getValue();
            Default d = defaults.get(info.first.type());
            if (d == null || info.related.contains(d.relation()) || info.compared || !info.usedOutsideExamples) continue;
            if (pass.proposedNames.contains(key(info.first))) continue;
            add(findings, pass.done, d.relation(), info.first, d.confidence());
        }
    }

    /** The relations the cues of sentence {@code si} ({@code s}) give its mentions, and what it tells of each. */
    private void relateSentence(Pass pass, TextField field, String text, int si, Sentences.Span s) {
        Findings findings = pass.findings;
        // most cues occur in no sentence: find the ones that can, once per sentence
        String folded = CaseFold.fold(text, s.start(), s.end());
        boolean[] cueHere = new boolean[cues.size()];
        for (int ci = 0; ci < cues.size(); ci++) cueHere[ci] = cues.get(ci).phrase().mayOccurIn(folded);
        boolean exampleCueHere = false;
        for (CuePhrase p : exampleCues) exampleCueHere |= p.mayOccurIn(folded);
        boolean proposalSentence = false;
        for (Mention p : findings.proposed()) proposalSentence |= p.field() == field && s.contains(p.start());
        boolean usage = field == TextField.TITLE || mentionsUse(text, s, folded);
        Mention prev = null;
        Relation prevRel = null;
        double prevConf = 0;
        for (Mention m : pass.mentions) {
            if (m.field() != field || !s.contains(m.start())) continue;
            boolean proposed = pass.proposedNames.contains(key(m));
            Seen info = pass.seen.computeIfAbsent(m.type().slug() + "|" + key(m), k -> new Seen());
            if (info.first == null) info.first = m;
            if (usage || !exampleCueHere || !inExampleList(text, s, folded, m)) info.usedOutsideExamples = true;
            Cue best = nearestCue(text, s, folded, cueHere, m, proposed);
            Relation rel = best == null ? null : best.relation();
            double conf = best == null ? 0 : best.confidence();
            // a list continues the relation of its previous item: "on CIFAR-10, SVHN and ImageNet"
            if (rel == null && prev != null && prevRel != null && fitsNaturally(prevRel, m.type())
                    && !(prevRel == Relation.COMPARED_WITH && proposed)
                    && prev.end() <= m.start() && LIST_GLUE.matcher(text.substring(prev.end(), m.start())).matches()) {
                rel = prevRel;
                conf = prevConf - 0.05;
            }
            if (rel != null) {
                add(findings, pass.done, rel, m, conf);
                info.related.add(rel);
                if (rel == Relation.COMPARED_WITH) info.compared = true;
            }
            if (m.type() == EntityType.TASK && (field == TextField.TITLE || si == 0 || proposalSentence)) {
                add(findings, pass.done, Relation.ADDRESSES, m, field == TextField.TITLE ? 0.65 : 0.55);
                info.related.add(Relation.ADDRESSES);
            }
            if (prev == null || m.start() >= prev.end()) {
                prev = m;
                prevRel = rel;
                prevConf = conf;
            }
        }
    }

    private Cue nearestCue(String text, Sentences.Span s, String folded, boolean[] cueHere, Mention m, boolean proposed) {
        Cue best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int ci = 0; ci < cues.size(); ci++) {
            if (!cueHere[ci]) continue;
            Cue c = cues.get(ci);
            if (!c.fits(m.type())) continue;
            if (c.relation() == Relation.COMPARED_WITH && proposed) continue;
            int from = Math.max(s.start(), m.start() - c.maxGap() - 40);
            if (from >= m.start()) continue;
            int cueEnd = c.phrase().scan(text, from, m.start(), folded, s.start()).lastEnd();
            if (cueEnd < 0) continue;
            int gap = m.start() - cueEnd;
            if (gap > c.maxGap()) continue;
            if (GAP_BREAK.matcher(text.substring(cueEnd, m.start())).find()) continue;
            if (gap < bestGap || gap == bestGap && best != null && c.confidence() > best.confidence()) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    private static boolean fitsNaturally(Relation rel, EntityType t) {
        EntityType natural = NATURAL_TYPE.get(rel);
        return natural == null || natural == t;
    }

    /** Does the sentence speak of the work itself ("we", "our", "experiments", "achieves")? */
    private boolean mentionsUse(String text, Sentences.Span s, String folded) {
        for (CuePhrase p : usageWords) {
            if (p.mayOccurIn(folded) && p.scan(text, s.start(), s.end(), folded, s.start()).find()) return true;
        }
        return false;
    }

    /** Is the mention one of a list introduced by "such as", "e.g.", "like" (an example of a class)? */
    private boolean inExampleList(String text, Sentences.Span s, String folded, Mention m) {
        int from = Math.max(s.start(), m.start() - 80);
        if (from >= m.start()) return false;
        for (CuePhrase p : exampleCues) {
            if (!p.mayOccurIn(folded)) continue;
            int end = p.scan(text, from, m.start(), folded, s.start()).lastEnd();
            if (end >= 0 && !GAP_BREAK.matcher(text.substring(end, m.start())).find()) return true;
        }
        return false;
    }

    private void add(Findings findings, Set<String> done, Relation rel, Mention m, double conf) {
        if (done.add(rel.localName() + "|" + key(m))) findings.addRelation(new RelationFinding(rel, m, NAME, conf));
    }

    /** The name lower-cased with all but letters and numbers removed (as {@code [^\\p{L}\\p{N}]} would). */
    private static String key(Mention m) {
        String lower = m.name().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        lower.codePoints().filter(CharClasses::letterOrNumber).forEach(b::appendCodePoint);
        return b.toString();
    }
}
