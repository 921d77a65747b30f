package org.paperkg.extract;

import org.paperkg.text.PosLexicon;
import org.paperkg.text.SentenceSplitter;
import org.paperkg.vocab.Keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names the vocabulary cannot know, typed by the words around them (patterns in
 * {@code ontology/patterns/entity-heads.tsv} and {@code entity-nonmodifiers.tsv}):
 * <ul>
 *   <li>technical compounds ending in a head word: "gradual magnitude pruning", "interval bound propagation"
 *       (Method), "pen marking segmentation", "few-shot class-incremental learning" (Task);</li>
 *   <li>capitalised, CamelCase or digit-bearing names before a typing noun: "the GSM8K benchmark" (Dataset),
 *       "a ZCU102 board", "Jetson Orin GPU" (Hardware), "the KwaiYiiBase1 model" (Model);</li>
 *   <li>lists after a class: "models such as A, B and C", "datasets including A and B";</li>
 *   <li>names coordinated with a known name take its type: in "on GSM8K, ZorbMath and MATH" the unknown
 *       ZorbMath is a dataset like its list-mates.</li>
 * </ul>
 * Runs after the vocabulary extractor: a phrase that crosses a known mention is dropped, and a known mention that a
 * longer compound ends with ("pruning" inside "gradual magnitude pruning") gives way to the compound. Confidence is
 * below that of vocabulary hits.
 */
public final class ContextNameExtractor implements Extractor {
    public static final String NAME = "context-name";
    static final double COMPOUND_CONFIDENCE = 0.5;
    static final double NAME_CONFIDENCE = 0.55;
    private static final int MAX_MODIFIERS = 3;
    private static final int MAX_NAME_TOKENS = 3;
    /**
     * How often the tagger gave each tag to a word: where nearly all of a word's tags agree on what a phrase boundary
     * needs (is it a modifier? does it end the phrase?), that settles it without running the tagger.
     */
    private static final PosLexicon LEXICON = PosLexicon.standard();
    /**
     * A word's tags must agree this often for the lexicon to decide instead of the tagger. At 0.95 instead of 0.98 the
     * tagger ran 30% less often (2,542 instead of 3,621 windows over 2,000 arXiv records) with the same seed, GSAP-NER
     * and SciERC scores; at 0.90 (63% less) the seeds gained one false Method.
     */
    static final double LEXICON_SURE = 0.95;
    private static final Pattern LIST_CUE = Pattern.compile("\\s*(?:,\\s*)?(?:such as|including|like|e\\.g\\.,?)\\s+");

    private final Map<String, EntityType> compoundHeads = new HashMap<>();
    private final Map<String, EntityType> nameHeads = new HashMap<>();
    private final Map<String, EntityType> listHeads = new HashMap<>();
    /** Typing nouns whose type the abstract decides ("FlexBlock architecture": Hardware in a hardware abstract). */
    private final Set<String> contextNameHeads = new HashSet<>();
    private final Set<String> nonModifiers = new HashSet<>();
    /** Evaluative endings of hyphenated words ("-efficient"): such a word is no modifier. */
    private final List<String> nonModifierSuffixes = new ArrayList<>();
    /** Endings of words that modify a technique but not a task ("-based": the means, not the task). */
    private final List<String> taskNonModifierSuffixes = new ArrayList<>();
    /** Generic phrases a compound may not be or end with ("deep learning"). */
    private final Set<String> genericPhrases = new HashSet<>();
    /** Generic process heads ("training") and the adjectives that make no technique with them alone ("iterative"). */
    private final Set<String> genericHeads = new HashSet<>();
    private final Set<String> processModifiers = new HashSet<>();

    public ContextNameExtractor() {
        for (String[] row : PatternData.rows("entity-heads.tsv")) {
            if (row.length < 2) continue;
            if (row[1].equals("Hardware/Model") && row[0].startsWith("name:")) {
                contextNameHeads.add(row[0].substring(5).toLowerCase(Locale.ROOT));
                continue;
            }
            EntityType t = EntityType.parse(row[1]).orElseThrow(() -> new IllegalStateException("entity-heads.tsv: bad type " + row[1]));
            String h = row[0].toLowerCase(Locale.ROOT);
            if (h.startsWith("name:")) nameHeads.put(h.substring(5), t);
            else if (h.startsWith("list:")) listHeads.put(h.substring(5), t);
            else compoundHeads.put(h, t);
        }
        for (String w : PatternData.words("entity-nonmodifiers.tsv")) {
            if (w.startsWith("task:")) taskNonModifierSuffixes.add(w.substring(5));
            else if (w.startsWith("-")) nonModifierSuffixes.add(w);
            else nonModifiers.add(w);
        }
        genericPhrases.addAll(PatternData.words("entity-generic-phrases.tsv"));
        for (String w : PatternData.words("entity-process-modifiers.tsv")) {
            if (w.startsWith("head:")) genericHeads.add(w.substring(5));
            else processModifiers.add(w);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A word with its offsets and its lower-cased form (asked for again and again). */
    private record Tok(String text, String lower, int start, int end) {
    }

    /**
     * Part-of-speech answers for the words of one text, asked word by word: from the lexicon when it is sure, else
     * from OpenNLP's tagger run over a few tokens either side of the word within its sentence (words and punctuation
     * marks; the tagger's features look two tokens either way, and it decodes greedily: SentenceSplitter.posTags).
     * Tagging only those windows, not the whole abstract, is what makes this cheap.
     */
    private static final class Tags {
        /** Tokens the tagger sees before and after the word asked about. */
        static final int LEFT = 6, RIGHT = 4;
        private final String text;
        private final List<Tok> toks;
        private final List<Sentences.Span> sentences;
        private final String[] tagged;

        Tags(String text, List<Tok> toks, List<Sentences.Span> sentences) {
            this.text = text;
            this.toks = toks;
            this.sentences = sentences;
            this.tagged = new String[toks.size()];
        }

        boolean is(int i, Predicate<String> tagTest) {
            double share = LEXICON.share(toks.get(i).text(), tagTest);
            if (share >= LEXICON_SURE) return true;
            if (share >= 0 && share <= 1 - LEXICON_SURE) return false;
            if (tagged[i] == null) tagged[i] = tagInWindow(i);
            return tagTest.test(tagged[i]);
        }

        private String tagInWindow(int i) {
            Sentences.Span s = Sentences.containing(sentences, toks.get(i).start());
            int from = s == null ? 0 : s.start(), to = s == null ? text.length() : s.end();
            // the sentence's words from LEFT before i to RIGHT after it, with the punctuation around and between them
            int lo = i, hi = i;
            while (lo > 0 && i - lo < LEFT && toks.get(lo - 1).start() >= from) lo--;
            while (hi + 1 < toks.size() && hi - i < RIGHT && toks.get(hi + 1).end() <= to) hi++;
            List<String> words = new ArrayList<>();
            int at = -1;
            int pos = lo > 0 ? Math.max(from, toks.get(lo - 1).end()) : from;
            for (int k = lo; k <= hi; k++) {
                addPunct(text, pos, toks.get(k).start(), words);
                if (k == i) at = words.size();
                words.add(toks.get(k).text());
                pos = toks.get(k).end();
            }
            addPunct(text, pos, hi + 1 < toks.size() ? Math.min(to, toks.get(hi + 1).start()) : to, words);
            return SentenceSplitter.posTagAt(words.toArray(new String[0]), at);
        }

        private static void addPunct(String text, int from, int to, List<String> words) {
            if (from >= to) return;
            Matcher p = PosLexicon.PUNCT.matcher(text);
            p.region(from, to);
            while (p.find()) words.add(p.group());
        }
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        // Asked only when a name stands before a context-typed head ("X architecture"): scanning every word of the
        // document for hardware words cost 6% of all extraction when done for every document.
        Supplier<EntityType> contextType = memoized(() -> HardwareContext.in(doc) ? EntityType.HARDWARE : EntityType.MODEL);
        for (TextField field : TextField.values()) {
            String text = doc.textOf(field);
            if (text == null || text.isEmpty()) continue;
            List<Tok> toks = words(text);
            List<Mention> found = new ArrayList<>();
            compounds(text, field, toks, new Tags(text, toks, doc.sentences(field)), found);
            typedNames(text, field, toks, contextType, found);
            lists(text, field, toks, findings, found);
            listMates(text, field, toks, findings, found);
            add(findings, field, found);
        }
    }

    /** The words of a text (the punctuation between them is only given to the tagger). */
    private static List<Tok> words(String text) {
        List<Tok> out = new ArrayList<>();
        for (int start = PosLexicon.wordStart(text, 0); start >= 0; ) {
            int end = PosLexicon.wordEnd(text, start);
            String w = text.substring(start, end);
            out.add(new Tok(w, w.toLowerCase(Locale.ROOT), start, end));
            start = PosLexicon.wordStart(text, end);
        }
        return out;
    }

    /** Nouns, proper nouns, adjectives, numbers and participles in "-ed" may modify a head; verbs and adverbs not. */
    private static boolean modifierTag(String g) {
        return g.startsWith("NN") || g.startsWith("JJ") || g.equals("NOUN") || g.equals("PROPN") || g.equals("ADJ")
                || g.equals("NUM") || g.equals("CD") || g.equals("X");
    }

    private static final Predicate<String> MODIFIER_TAG = ContextNameExtractor::modifierTag;
    private static final Predicate<String> MODIFIER_TAG_ED =
            g -> modifierTag(g) || g.equals("VERB") || g.equals("VBN");
    private static final Predicate<String> PHRASE_ENDER = ContextNameExtractor::phraseEnder;

    /** A hyphenated word always may modify; a word in "-ed" also when a verb (a participle). */
    private static boolean modifierTag(Tags tags, int i, Tok t) {
        if (t.text().contains("-")) return true;
        return tags.is(i, t.lower().endsWith("ed") ? MODIFIER_TAG_ED : MODIFIER_TAG);
    }

    // ---------------------------------------------------------------- technical compounds

    private void compounds(String text, TextField field, List<Tok> toks, Tags tags, List<Mention> out) {
        // in a Title Case title a capital says nothing: a capitalised word after the head continues the phrase as a
        // lower-case one would ("Adaptive Learning Rate Scheduling", "Autonomous Learning Agent")
        boolean titleCase = field == TextField.TITLE && titleCase(toks);
        for (int i = 0; i < toks.size(); i++) compoundAt(text, field, toks, tags, titleCase, i, out);
    }

    /** The compound whose head ends at token {@code i}, if there is one (a method of its own for the JIT's sake). */
    private void compoundAt(String text, TextField field, List<Tok> toks, Tags tags, boolean titleCase, int i, List<Mention> out) {
        int headStart = i;
        EntityType type = headType(toks.get(i).lower());
        if (i > 0 && adjacent(text, toks.get(i - 1), toks.get(i))) {
            EntityType two = compoundHeads.get(toks.get(i - 1).lower() + " " + toks.get(i).lower());
            if (two != null) {
                type = two;
                headStart = i - 1;
            }
        }
        if (type == null) return;
        // the head must end the phrase: "training data" and "pruning ratio" are not techniques
        // ("pruning ratio"); a verb, adverb or preposition after it ends the phrase ("regularization implemented in")
        if (i + 1 < toks.size() && adjacent(text, toks.get(i), toks.get(i + 1))
                && !nonModifiers.contains(toks.get(i + 1).lower())
                && (Character.isLowerCase(toks.get(i + 1).text().charAt(0)) || titleCase && !acronym(toks.get(i + 1).text()))
                && !tags.is(i + 1, PHRASE_ENDER)) return;
        int first = headStart;
        while (first > 0 && headStart - first < MAX_MODIFIERS && adjacent(text, toks.get(first - 1), toks.get(first))
                && !(type == EntityType.TASK && taskNonModifier(toks.get(first - 1).lower()))
                && modifier(tags, first - 1, toks.get(first - 1))) first--;
        if (first == headStart) return;
        // a capitalised first word is kept only at the start of a sentence or title
        // (or anywhere in a Title Case title, where every word is capitalised: "... with Polarization Regularization")
        if (Character.isUpperCase(toks.get(first).text().charAt(0)) && !acronym(toks.get(first).text())
                && !Keys.hasDigit(toks.get(first).text()) && !sentenceStart(text, toks.get(first).start())
                && !titleCase) first++;
        if (first == headStart || generic(toks.subList(first, i + 1))) return;
        out.add(mention(type, text, field, toks.get(first).start(), toks.get(i).end(), COMPOUND_CONFIDENCE));
        coordinated(text, field, toks, tags, first, headStart, i, type, out);
    }

    /**
     * A modifier coordinated with the compound's first word shares its head: "image and text classification" also
     * names image classification. The mention is the written modifier, named by the whole phrase.
     */
    private void coordinated(String text, TextField field, List<Tok> toks, Tags tags, int first, int headStart, int last,
                             EntityType type, List<Mention> out) {
        if (first < 2 || headStart - first != 1) return;
        Tok conj = toks.get(first - 1), other = toks.get(first - 2);
        if (!conj.lower().equals("and") && !conj.lower().equals("or")) return;
        if (!adjacent(text, other, conj) || !adjacent(text, conj, toks.get(first)) || !modifier(tags, first - 2, other)) return;
        if (Character.isUpperCase(other.text().charAt(0)) && !acronym(other.text())) return;
        // the other conjunct is one word: in "KL penalty and chain-of-thought reasoning" it is a phrase of its own
        if (first >= 3 && adjacent(text, toks.get(first - 3), other) && modifier(tags, first - 3, toks.get(first - 3))) return;
        StringBuilder name = new StringBuilder(other.text());
        for (int k = headStart; k <= last; k++) name.append(' ').append(toks.get(k).text());
        if (generic(List.of(other, toks.get(last)))) return;
        out.add(new Mention(type, other.text(), field, other.start(), other.end(), name.toString(), NAME, COMPOUND_CONFIDENCE));
    }

    /** Whether the phrase is a generic phrase ("deep learning"). */
    private boolean generic(List<Tok> phrase) {
        StringBuilder b = new StringBuilder();
        for (Tok t : phrase) b.append(b.isEmpty() ? "" : " ").append(t.lower());
        String p = b.toString();
        // a modifier before a generic phrase makes it specific ("preference data collection"); generic adjectives
        // ("modern deep learning") are no modifiers, so they never reach here
        if (phrase.size() == 2 && processModifiers.contains(phrase.get(0).lower()) && genericHeads.contains(phrase.get(1).lower())) {
            return true; // "iterative training": how the generic process runs, not a technique
        }
        return genericPhrases.contains(p);
    }

    /** The type a head word gives; a prefixed head counts as its last part ("self-refinement", "re-ranking"). */
    private EntityType headType(String w) {
        EntityType t = compoundHeads.get(w);
        int dash = w.lastIndexOf('-');
        if (t == null && dash > 0 && dash < w.length() - 1 && w.indexOf('-') == dash && Keys.letters(w.substring(0, dash)) <= 5) {
            t = compoundHeads.get(w.substring(dash + 1));
        }
        return t;
    }

    /** Parts of speech that cannot continue a noun phrase: verbs, auxiliaries, adverbs, prepositions, pronouns. */
    private static boolean phraseEnder(String g) {
        return g.equals("VERB") || g.equals("AUX") || g.equals("ADV") || g.equals("ADP") || g.equals("PRON")
                || g.equals("DET") || g.equals("SCONJ") || g.equals("CCONJ") || g.equals("PART")
                || g.startsWith("VB") || g.startsWith("RB") || g.equals("IN") || g.equals("MD");
    }

    private boolean taskNonModifier(String w) {
        for (String suffix : taskNonModifierSuffixes) if (w.endsWith(suffix)) return true;
        return false;
    }

    /**
     * The part of speech is asked last: it is the costly test. A head word may modify a later head ("sparse training
     * dataflow", "memory imitation meta-learning"); the phrase then ends at the last head.
     */
    private boolean modifier(Tags tags, int i, Tok t) {
        String w = t.lower();
        if (nonModifiers.contains(w)) return false;
        for (String suffix : nonModifierSuffixes) if (w.endsWith(suffix)) return false;
        // a possessive ("the model's initialization") belongs to the noun phrase before, not to a name
        if (w.endsWith("'s")) return false;
        // one letter is too little for a word, but "L2" and "4-bit" are names of variants
        if (Keys.letters(w) < 2 && !(Keys.letters(w) == 1 && Keys.hasDigit(w)) || w.endsWith("ly")) return false;
        if (w.endsWith("ing") && !w.contains("-")) return false;
        boolean shape = !Character.isUpperCase(t.text().charAt(0)) || acronym(t.text()) || Keys.hasDigit(t.text())
                || Keys.hasLower(t.text().substring(1));
        return shape && (adjectiveShape(w) || modifierTag(tags, i, t));
    }

    /**
     * Lower-case words with an adjective ending ("iterative", "structural", "stochastic", "continuous") modify a head
     * whatever the tagger says: it tags "iterative" before an unknown hyphenated noun as a pronoun.
     */
    private static boolean adjectiveShape(String w) {
        return w.length() > 5 && !w.contains("-") && w.chars().allMatch(Character::isLowerCase)
                && (w.endsWith("ive") || w.endsWith("al") || w.endsWith("ic") || w.endsWith("ous") || w.endsWith("ary"));
    }

    /** Title Case: every word of four or more letters that is not a function word starts with a capital. */
    private boolean titleCase(List<Tok> toks) {
        int longWords = 0;
        for (Tok t : toks) {
            if (Keys.letters(t.text()) < 4 || nonModifiers.contains(t.lower())) continue;
            if (!Character.isUpperCase(t.text().charAt(0))) return false;
            longWords++;
        }
        return longWords >= 2;
    }

    private static boolean acronym(String s) {
        return Keys.letters(s) >= 2 && !Keys.hasLower(s.replaceAll("s$", ""));
    }

    // ---------------------------------------------------------------- names before a typing noun

    /** A value computed on first use only. */
    private static <T> Supplier<T> memoized(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }

    private void typedNames(String text, TextField field, List<Tok> toks, Supplier<EntityType> contextType, List<Mention> out) {
        for (int i = 1; i < toks.size(); i++) {
            boolean byContext = contextNameHeads.contains(toks.get(i).lower());
            if (!byContext && !nameHeads.containsKey(toks.get(i).lower())) continue;
            int last = i - 1;
            if (!adjacent(text, toks.get(last), toks.get(i)) || !nameLike(toks.get(last).text(), true)) continue;
            EntityType type = byContext ? contextType.get() : nameHeads.get(toks.get(i).lower());
            int first = last;
            while (first > 0 && last - first + 1 < MAX_NAME_TOKENS && adjacent(text, toks.get(first - 1), toks.get(first))
                    && nameLike(toks.get(first - 1).text(), false) && !nonModifiers.contains(toks.get(first - 1).lower())) first--;
            if (nonModifiers.contains(toks.get(first).lower())) first++;
            if (first > last) continue;
            out.add(mention(type, text, field, toks.get(first).start(), toks.get(last).end(), NAME_CONFIDENCE));
        }
    }

    /**
     * A name: a capital plus a digit, an inner capital, or all capitals ("GSM8K", "LongBench", "ZCU102", "MMLU");
     * with {@code strict} false (the name's earlier words) a capitalised word also counts ("Jetson Orin").
     */
    private static boolean nameLike(String s, boolean strict) {
        if (!Keys.hasUpper(s) || Keys.letters(s) < 1) return false;
        if (s.matches(".*-\\p{Ll}{3,}")) return false; // "API-based", "BERT-style": adjectives
        if (Keys.hasDigit(s) || acronym(s)) return Keys.letters(s) >= 2;
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return !strict && Character.isUpperCase(s.charAt(0));
    }

    // ---------------------------------------------------------------- lists after a class

    /** A gap between list items: a comma, "and", "or", with an optional citation or acronym in parentheses before it. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:\\([^()]{1,80}\\)\\s*)?(?:,\\s*(?:(?:and|or)\\s+)?|(?:and|or)\\s+)");

    /**
     * Items after a class and a list cue ("models such as A, B and C", "techniques such as Low-Rank Adaptation (LoRA)
     * and ReLoRA", "Wanda (Sun et al., 2023) and SparseGPT"). An item is a name-like token (in a list a capitalised
     * word is a name too) or a name already known, which is stepped over; anything else ends the list.
     */
    private void lists(String text, TextField field, List<Tok> toks, Findings findings, List<Mention> out) {
        for (int i = 0; i < toks.size(); i++) {
            EntityType type = listHeads.get(toks.get(i).lower());
            if (type == null) continue;
            Matcher cue = LIST_CUE.matcher(text);
            cue.region(toks.get(i).end(), text.length());
            if (!cue.lookingAt()) continue;
            listItems(text, field, toks, findings, type, cue.end(), out);
        }
    }

    /** The items of a list after its cue (from {@code pos} on): known names, and name-like words typed {@code type}. */
    private void listItems(String text, TextField field, List<Tok> toks, Findings findings, EntityType type, int pos,
                           List<Mention> out) {
        while (pos < text.length()) {
            int itemEnd = knownEnd(findings, field, pos);
            if (itemEnd < 0) {
                Tok t = tokenAt(toks, pos);
                if (t == null || !nameLike(t.text(), false) || nonModifiers.contains(t.lower())) break;
                out.add(mention(type, text, field, t.start(), t.end(), NAME_CONFIDENCE));
                itemEnd = t.end();
            }
            Matcher gap = LIST_GAP.matcher(text);
            gap.region(itemEnd, text.length());
            if (!gap.lookingAt()) break;
            pos = gap.end();
        }
    }

    // ---------------------------------------------------------------- names coordinated with a known name

    /** Types whose known names lend their type to an unknown name coordinated with them. */
    private static final Set<EntityType> MATE_TYPES =
            Set.of(EntityType.MODEL, EntityType.DATASET, EntityType.METHOD, EntityType.HARDWARE);

    /**
     * An unknown name coordinated with a known one is of its type: "GSM8K, ZorbMath, and MATH" (Dataset),
     * "interval bound propagation (IBP) and CROWN-IBP" (Method). Items are joined by the gaps of a list (a comma,
     * "and", "or"); a lone comma does not make a list ("on ImageNet, FooNet reaches ..."), so an item joined to its
     * mate by a comma only must be followed by another gap. An item is one name-like word (a capital with a digit,
     * an inner capital, or all capitals) that no extractor knows and that does not go on into a longer name.
     * Runs in both directions from each known name, and a name typed this way types the next one.
     */
    private void listMates(String text, TextField field, List<Tok> toks, Findings findings, List<Mention> out) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < toks.size(); i++) index.put(toks.get(i).start(), i);
        List<Mention> mates = new ArrayList<>(findings.mentions());
        mates.addAll(out); // compounds and typed names of this pass: "interval bound propagation (IBP) and CROWN-IBP"
        for (Mention k : mates) {
            if (k.field() != field || !MATE_TYPES.contains(k.type())) continue;
            slashMates(text, field, toks, index, findings, out, k);
            Integer ki = index.get(k.start());
            rightMates(text, field, toks, index, findings, out, k, ki);
            leftMates(text, field, toks, findings, out, k, ki);
        }
    }

    /** Rightwards from the known name: K gap T gap T ... */
    private void rightMates(String text, TextField field, List<Tok> toks, Map<Integer, Integer> index, Findings findings,
                            List<Mention> out, Mention k, Integer ki) {
        boolean listBefore = ki != null && gapBefore(text, toks, ki);
        int pos = k.end();
        while (true) {
            Matcher gap = LIST_GAP.matcher(text);
            gap.region(pos, text.length());
            if (!gap.lookingAt()) break;
            Integer ti = index.get(gap.end());
            if (ti == null) break;
            Tok t = toks.get(ti);
            if (covered(findings, field, out, t)) break;
            boolean conj = conjunction(gap.group());
            if (!mate(text, toks, ti, t) || !conj && !gapAfter(text, t.end())) break;
            // a comma before the conjunction ends a list of three or more; with two items it joins clauses
            // ("... than GPT-4, and FooBar holds ...")
            if (conj && gap.group().contains(",") && !listBefore) break;
            out.add(mention(k.type(), text, field, t.start(), t.end(), NAME_CONFIDENCE));
            listBefore = true;
            pos = t.end();
        }
    }

    /** Leftwards to the known name: ... T gap T gap K */
    private void leftMates(String text, TextField field, List<Tok> toks, Findings findings, List<Mention> out, Mention k,
                           Integer ki) {
        int right = ki == null ? -1 : ki;
        boolean followedByGap = gapAfter(text, k.end());
        while (right > 0) {
            int ti = right - 1;
            Tok t = toks.get(ti);
            Matcher gap = LIST_GAP.matcher(text);
            gap.region(t.end(), toks.get(right).start());
            if (!gap.matches() || covered(findings, field, out, t)) break;
            boolean conj = conjunction(gap.group());
            if (!mate(text, toks, ti, t) || !conj && !followedByGap && !gapBefore(text, toks, ti)) break;
            if (conj && gap.group().contains(",") && !gapBefore(text, toks, ti)) break;
            if (ti > 0 && adjacent(text, toks.get(ti - 1), t) && nameLike(toks.get(ti - 1).text(), false)) break;
            out.add(mention(k.type(), text, field, t.start(), t.end(), NAME_CONFIDENCE));
            followedByGap = true;
            right = ti;
        }
    }

    /** "CPU/GPU/FooPU": names joined by slashes, without spaces, after a known one. */
    private void slashMates(String text, TextField field, List<Tok> toks, Map<Integer, Integer> index, Findings findings,
                            List<Mention> out, Mention k) {
        int pos = k.end();
        while (pos + 1 < text.length() && text.charAt(pos) == '/') {
            Integer ti = index.get(pos + 1);
            if (ti == null) return;
            Tok t = toks.get(ti);
            if (!covered(findings, field, out, t)) {
                if (!mate(text, toks, ti, t)) return;
                out.add(mention(k.type(), text, field, t.start(), t.end(), NAME_CONFIDENCE));
            }
            pos = t.end();
        }
    }

    private static boolean conjunction(String gap) {
        return gap.matches("(?s).*\\b(?:and|or)\\s+");
    }

    /** Whether a list gap starts at {@code pos}. */
    private static boolean gapAfter(String text, int pos) {
        Matcher gap = LIST_GAP.matcher(text);
        gap.region(pos, text.length());
        return gap.lookingAt();
    }

    /** Whether a list gap ends right before token {@code ti}. */
    private static boolean gapBefore(String text, List<Tok> toks, int ti) {
        if (ti == 0) return false;
        Matcher gap = LIST_GAP.matcher(text);
        gap.region(toks.get(ti - 1).end(), toks.get(ti).start());
        return gap.matches();
    }

    /** A one-word name that ends where it is written: not followed by another name word or a typing noun. */
    private boolean mate(String text, List<Tok> toks, int ti, Tok t) {
        String w = t.text();
        if (!nameLike(w, true) || nonModifiers.contains(t.lower()) || Keys.letters(w) < 3) return false;
        if (ti + 1 < toks.size() && adjacent(text, t, toks.get(ti + 1))) {
            Tok next = toks.get(ti + 1);
            if (nameLike(next.text(), false) || nameHeads.containsKey(next.lower()) || compoundHeads.containsKey(next.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a known or just found mention overlaps the token. */
    private static boolean covered(Findings findings, TextField field, List<Mention> out, Tok t) {
        for (Mention m : findings.mentions()) if (m.field() == field && m.start() < t.end() && t.start() < m.end()) return true;
        for (Mention m : out) if (m.start() < t.end() && t.start() < m.end()) return true;
        return false;
    }

    private static Tok tokenAt(List<Tok> toks, int pos) {
        for (Tok t : toks) if (t.start() == pos) return t;
        return null;
    }

    /** The end of a known mention starting at {@code pos}, or -1. */
    private static int knownEnd(Findings findings, TextField field, int pos) {
        int end = -1;
        for (Mention k : findings.mentions()) if (k.field() == field && k.start() == pos) end = Math.max(end, k.end());
        return end;
    }

    // ---------------------------------------------------------------- adding

    /**
     * Adds what does not cross a known mention. A known mention lying inside a new compound and ending with it
     * (the compound's bare head, "pruning") is replaced by the compound; one at its start or in its middle
     * (a model name used as a modifier, "BERT fine-tuning") is kept, and so is the compound.
     */
    private void add(Findings findings, TextField field, List<Mention> found) {
        Set<String> heads = compoundHeads.keySet();
        Set<String> seen = new HashSet<>();
        for (Mention f : found) {
            if (!seen.add(f.start() + ":" + f.end())) continue;
            boolean blocked = false;
            List<Mention> replaced = new ArrayList<>();
            for (Mention k : findings.mentions()) {
                if (k.field() != field || !k.overlaps(f)) continue;
                boolean inside = k.start() >= f.start() && k.end() <= f.end();
                if (!inside) { blocked = true; break; }
                if (k.start() == f.start() && k.end() == f.end()) { blocked = true; break; }
                boolean compound = f.confidence() == COMPOUND_CONFIDENCE;
                if (compound && k.type() == EntityType.MODEL_CLASS) { blocked = true; break; }
                // a dataset before a task head names where the task is measured, not a kind of task ("COCO detection")
                if (compound && k.type() == EntityType.DATASET) { blocked = true; break; }
                // a bare head of the compound's type that starts it is its modifier, not a mention of its own
                // ("post-training pruning" is no mention of post-training)
                if (compound && k.start() == f.start() && k.type() == f.type() && heads.contains(k.text().toLowerCase(Locale.ROOT))) {
                    replaced.add(k);
                    continue;
                }
                if (compound && k.end() == f.end() && (k.type() == EntityType.METHOD || k.type() == EntityType.TASK)) {
                    // a bare head gives way ("pruning"), and so does a known compound of the same type that the new
                    // phrase narrows with modifiers ("fine-grained weight pruning", "range batch normalization"):
                    // the longer phrase names the more specific technique
                    if (heads.contains(k.text().toLowerCase(Locale.ROOT)) || narrows(f, k)) replaced.add(k);
                    else { blocked = true; break; }
                }
            }
            if (blocked) continue;
            if (!replaced.isEmpty()) findings.retainMentions(k -> !replaced.contains(k));
            findings.addMention(f);
        }
    }

    /**
     * {@code longer} ends with {@code known}, has its type, and adds modifiers before it (capitalised ones only where
     * the compound rule admits them: at a sentence start or in a Title Case title).
     */
    private static boolean narrows(Mention longer, Mention known) {
        return longer.type() == known.type() && known.start() > longer.start();
    }

    private static boolean adjacent(String text, Tok a, Tok b) {
        if (b.start() <= a.end()) return false;
        for (int i = a.end(); i < b.start(); i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
    }

    private static Mention mention(EntityType type, String text, TextField field, int start, int end, double conf) {
        return new Mention(type, text.substring(start, end), field, start, end, null, NAME, conf);
    }
}
