package org.paperkg.vocab;

import org.paperkg.extract.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides which names annotated in SciREX or SciERC are entities under our guidelines, and of which type. Annotators
 * of those corpora mark descriptions as well as names ("deep networks", "the training process", "subsubsection"), so
 * a name is kept only when it looks like one:
 * <ul>
 *   <li>at most four words of letters, digits, hyphens, slashes, dots, apostrophes and "+", starting with a letter;</li>
 *   <li>its last word is not a generic head ({@code ontology/vocab/annotated-generic-heads.txt}: "network",
 *       "process", "tasks") and its first word is not a function word or generic modifier
 *       ({@code ontology/patterns/entity-nonmodifiers.tsv}: "the", "our", "efficient");</li>
 *   <li>a one-word lower-case name is written in lower case in the arXiv abstracts at least {@value #MIN_ATTESTED}
 *       times (so tokenisation debris and LaTeX words are out; common words are dropped later by the builder);</li>
 *   <li>a one-word name of at most three letters ("BN", "SSD", "RoI", "lr") is dropped: without its expansion it is
 *       ambiguous, and the acronym extractor links it where the abstract defines it;</li>
 *   <li>a longer name with a one-letter word ("L 2 regularization") or with a capitalised or digit-bearing word that is
 *       itself a known name ("NVIDIA Titan X GPU", "ImageNet classification", "deep CNN", "Adam optimization") is a
 *       compound of that entity with a description, not a name of its own.</li>
 * </ul>
 * The type is the corpus's (Method or Task) unless the head word types the phrase in
 * {@code ontology/patterns/entity-heads.tsv} ("data augmentation" → Method, "speech recognition" → Task), which follows
 * our guidelines where the corpora disagree with each other.
 */
final class AnnotatedNameFilter {
    static final int MIN_ATTESTED = 3;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9+\\-/.' ]*[A-Za-z0-9+]");

    private final Set<String> genericHeads;
    private final Set<String> nonModifiers;
    private final Map<String, EntityType> headTypes;
    private final Map<String, Integer> lowerFreq;
    private final Predicate<String> knownName;

    AnnotatedNameFilter(Set<String> genericHeads, Set<String> nonModifiers, Map<String, EntityType> headTypes,
                        Map<String, Integer> lowerFreq, Predicate<String> knownName) {
        this.knownName = knownName;
        this.genericHeads = genericHeads;
        this.nonModifiers = nonModifiers;
        this.headTypes = headTypes;
        this.lowerFreq = lowerFreq;
    }

    /** The filter with the word lists packaged on the classpath; {@code lowerFreq} counts lower-case arXiv words. */
    static AnnotatedNameFilter loadDefault(Map<String, Integer> lowerFreq, Predicate<String> knownName) {
        Set<String> heads = new HashSet<>(lines("ontology/vocab/annotated-generic-heads.txt"));
        Set<String> nonMods = new HashSet<>();
        for (String l : lines("ontology/patterns/entity-nonmodifiers.tsv")) nonMods.add(l.split("\t")[0]);
        Map<String, EntityType> types = new HashMap<>();
        for (String l : lines("ontology/patterns/entity-heads.tsv")) {
            String[] f = l.split("\t");
            if (f.length < 2 || f[0].contains(":")) continue; // "name:" and "list:" rows type capitalised names
            EntityType.parse(f[1]).ifPresent(t -> types.put(f[0], t));
        }
        return new AnnotatedNameFilter(heads, nonMods, types, lowerFreq, knownName);
    }

    /** The type to give the name, or null when it is not an entity name. */
    EntityType type(AnnotatedNames.Name name) {
        String form = name.form();
        if (!SHAPE.matcher(form).matches()) return null;
        String[] words = form.split(" ");
        if (words.length > 4) return null;
        String first = words[0].toLowerCase(Locale.ROOT);
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (genericHeads.contains(head) || nonModifiers.contains(first) || nonModifiers.contains(head)) return null;
        if (words.length == 1) {
            if (Keys.letters(form) <= 3) return null;
            if (!Keys.hasUpper(form) && !lowerFreq.isEmpty() && lowerFreq.getOrDefault(form, 0) < MIN_ATTESTED) return null;
        } else {
            for (String w : words) {
                if (w.length() == 1 || w.equals("and") || w.equals("or")) return null; // a coordination of two names
                if ((Keys.hasUpper(w) || Keys.hasDigit(w)) && knownName.test(w)) return null;
            }
        }
        EntityType byHead = words.length > 1 ? headTypes.get(head) : null;
        if (byHead == EntityType.METHOD || byHead == EntityType.TASK) return byHead;
        return name.type();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = AnnotatedNameFilter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource not found on classpath: " + resource);
            return Vocabulary.readLines(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
