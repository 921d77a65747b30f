package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything the extractors found in one paper. Extractors run in order and add to it; a later extractor may read
 * what earlier ones found (relations read mentions, results read mentions for baselines), the way annotators in a
 * CoreNLP pipeline read earlier annotations.
 */
public final class Findings {
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Mention> proposed = new ArrayList<>();
    private final List<RelationFinding> relations = new ArrayList<>();
    private final List<ResultFinding> results = new ArrayList<>();

    public void addMention(Mention m) {
        mentions.add(m);
    }

    /** Records {@code m} as an artifact the paper introduces; it is also a mention. */
    public void addProposed(Mention m) {
        proposed.add(m);
        mentions.add(m);
    }

    public void addRelation(RelationFinding r) {
        relations.add(r);
    }

    public void addResult(ResultFinding r) {
        results.add(r);
    }

    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public List<Mention> proposed() {
        return Collections.unmodifiableList(proposed);
    }

    public List<RelationFinding> relations() {
        return Collections.unmodifiableList(relations);
    }

    public List<ResultFinding> results() {
        return Collections.unmodifiableList(results);
    }

    /** Removes mentions (and proposals and relations pointing at them) that fail {@code keep}. */
    public void retainMentions(Predicate<Mention> keep) {
        mentions.removeIf(keep.negate());
        proposed.removeIf(keep.negate());
        relations.removeIf(r -> !keep.test(r.object()));
    }

    /** Drops every finding whose confidence is below {@code threshold}. */
    public void dropBelow(double threshold) {
        retainMentions(m -> m.confidence() >= threshold);
        relations.removeIf(r -> r.confidence() < threshold);
        results.removeIf(r -> r.confidence() < threshold);
    }

    /**
     * Puts {@code replacement} where {@code old} was (same list positions), also in proposals and in relations that
     * point at {@code old}; used when a later extractor learns more about a mention (an acronym's expansion).
     */
    public void replaceMention(Mention old, Mention replacement) {
        mentions.replaceAll(m -> m == old ? replacement : m);
        proposed.replaceAll(m -> m == old ? replacement : m);
        relations.replaceAll(r -> r.object() == old
                ? new RelationFinding(r.relation(), replacement, r.extractor(), r.confidence()) : r);
    }
}
