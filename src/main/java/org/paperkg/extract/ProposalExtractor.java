package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.TextTokens.Tok;

/**
 * Finds the named artifacts a paper introduces: "we propose X", "this paper introduces X", "a new accelerator,
 * dubbed X", "X, a novel framework", "X is proposed", and a title "X: ...". Unnamed contributions ("we propose a new
 * method") give nothing. The type comes from the head noun describing the artifact (data:
 * {@code ontology/patterns/head-nouns.tsv}), else from an earlier mention at the same span, else Method.
 */
public final class ProposalExtractor implements Extractor {
    public static final String NAME = "proposal";

    private record Cue(CuePhrase phrase, String kind, double confidence) {
    }

    private record Candidate(TextField field, int start, int end, EntityType type, boolean typed, double confidence) {
    }

    private final List<Cue> cues = new ArrayList<>();
    private final Map<String, EntityType> headNouns = new LinkedHashMap<>();
    private final Set<String> stopwords;
    private final Set<String> topicWords;
    private final Set<String> descriptors;
    private final Set<String> methodHeads;
    private final List<CuePhrase> priorWorkCues = new ArrayList<>();
    /** Head nouns typed "Hardware/Model" ("architecture"): the type comes from a modifier or the abstract. */
    private final Set<String> contextHeads = new HashSet<>();
    /**
     * Placeholder type of a candidate whose head is a context head and has no deciding modifier; resolved per
     * abstract in {@link #extract}. ModelClass is never the type of a proposal, so it cannot be confused with one.
     */
    private static final EntityType UNDECIDED = EntityType.MODEL_CLASS;
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?<![\\p{L}])(?:we|our|us|this (?:paper|work|article|study|report)|herein|here|publicly available|released)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_ENDING = Pattern.compile(
            ".*(?:ing|tion|sion|ment|ance|ence|ure|ity|ism|ics|ness|ogy|[^su]s)$");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "two", "three", "several", "our");
    private static final Set<String> NAME_CONNECTORS = Set.of("and", "of", "for", "from", "with", "at", "to", "on", "in", "after");
    private static final Set<String> CLAUSE_STOPS = Set.of(".", ";", ":", "that", "which", "to", "for", "of", "with",
            "where", "while", "and", "by", "in", "on", "at", "from", "is", "are", "was", "can", "using", "via", "based", "whose", "who");
    private static final Set<String> SINGLE_NAME_FOLLOWERS = Set.of("to", "which", "that", "for", "as", "a", "an",
            "with", "in", "on", "and", "is", "was", "the", "by", "from", "consisting", "comprising", "leveraging",
            "using", "designed", "based", "built");
    /** Nouns that group what follows "of": "a set of language models" is models. */
    private static final Set<String> GROUP_NOUNS = Set.of("set", "sets", "family", "families", "suite", "series",
            "collection", "group", "class", "pair", "ensemble", "range", "variety", "number");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    private static final Set<String> APPOSITION = Set.of(",", "-", "\u2013", "\u2014", ":");
    private static final Set<String> ADJ_INTRO = Set.of("novel", "new", "simple", "general", "unified", "first", "lightweight",
            "scalable", "efficient", "large-scale", "comprehensive", "practical");

    public ProposalExtractor() {
        for (String[] row : PatternData.rows("proposal-cues.tsv")) {
            cues.add(new Cue(CuePhrase.of(row[0].trim(), PatternData.phrase(row[0])), row[1], Double.parseDouble(row[2])));
        }
        for (String[] row : PatternData.rows("head-nouns.tsv")) {
            String noun = row[0].toLowerCase(Locale.ROOT);
            if (row[1].equals("Hardware/Model")) {
                contextHeads.add(noun);
                headNouns.put(noun, UNDECIDED);
            } else {
                headNouns.put(noun, EntityType.parse(row[1]).orElseThrow(() -> new IllegalStateException("bad type " + row[1])));
            }
        }
        stopwords = new HashSet<>(PatternData.words("name-stopwords.tsv"));
        topicWords = new HashSet<>(PatternData.words("title-topic-words.tsv"));
        descriptors = new HashSet<>(PatternData.words("proposal-descriptors.tsv"));
        methodHeads = new HashSet<>(PatternData.words("proposal-method-heads.tsv"));
        for (String w : PatternData.words("prior-work-cues.tsv")) priorWorkCues.add(CuePhrase.of(w));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        List<Candidate> found = new ArrayList<>();
        if (doc.title() != null && !doc.title().isBlank()) fromTitle(doc, found);
        String text = doc.text();
        for (Sentences.Span s : doc.sentences(TextField.ABSTRACT)) fromSentence(doc, text, s, TextField.ABSTRACT, found);
        // one proposal per name; a typed candidate beats an untyped one
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : found) {
            String key = norm(doc.textOf(c.field()).substring(c.start(), c.end()));
            if (key.isEmpty()) continue;
            Candidate prev = best.get(key);
            if (prev == null || (!prev.typed() && c.typed())) best.put(key, prev == null ? c : new Candidate(prev.field(),
                    prev.start(), prev.end(), c.type(), true, Math.max(prev.confidence(), c.confidence())));
        }
        boolean hardwareDoc = HardwareContext.in(doc);
        for (Candidate c : best.values()) {
            String t = doc.textOf(c.field()).substring(c.start(), c.end());
            EntityType type = c.type();
            if (!c.typed()) {
                for (Mention m : findings.mentions()) {
                    if (m.field() == c.field() && m.start() == c.start() && m.end() == c.end()) {
                        type = m.type();
                        break;
                    }
                }
                // "OpenVLThinker, a LVLM exhibiting ...", "X is a benchmark of ...": a description anywhere in the abstract
                if (type == null) type = describedType(doc, t);
                // "X ... compared with the similar size models": the class it is compared with
                if (type == null) type = comparedType(doc, t);
                if (type == null) type = EntityType.METHOD;
            }
            if (type == UNDECIDED) type = hardwareDoc ? EntityType.HARDWARE : EntityType.MODEL;
            findings.addProposed(new Mention(type, t, c.field(), c.start(), c.end(), null, NAME, c.confidence()));
        }
    }

    /** The head-noun type of an appositive or copula describing {@code name}: "NAME, a LVLM", "NAME is a dataset". */
    private EntityType describedType(Doc doc, String name) {
        String text = doc.text();
        int from = 0;
        while (true) {
            int i = text.indexOf(name, from);
            if (i < 0) return null;
            from = i + name.length();
            List<Tok> toks = doc.tokens(TextField.ABSTRACT, from, Math.min(text.length(), from + 120));
            int k = 0;
            if (k < toks.size() && toks.get(k).text().equals(",")) k++;
            else if (k < toks.size() && (toks.get(k).is("is") || toks.get(k).is("was"))) k++;
            else continue;
            if (k < toks.size() && (toks.get(k).is("a") || toks.get(k).is("an"))) {
                TypeGuess g = headType(toks, k, 8);
                if (g.type != null) return g.type;
            }
        }
    }

    /** Cue words of a comparison: what follows names the class of things the subject is compared with. */
    private static final Set<String> COMPARISON_CUES = Set.of("than", "outperforms", "outperforming", "surpasses",
            "surpassing", "beats", "versus", "vs");

    /**
     * The type of the plural class a name is compared with in its sentence: "X outperforms other LLMs" (Model),
     * "X ... compared with the similar size models" (Model), "X beats prior accelerators" (Hardware). Only a plural
     * class noun counts: "faster than a GPU" compares with a device the work runs on, not with a kind of X.
     */
    private EntityType comparedType(Doc doc, String name) {
        String text = doc.text();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            Sentences.Span s = Sentences.containing(doc.sentences(TextField.ABSTRACT), i);
            if (s == null) continue;
            List<Tok> toks = doc.tokens(TextField.ABSTRACT, i + name.length(), s.end());
            for (int k = 0; k < toks.size(); k++) {
                Tok t = toks.get(k);
                boolean cue = t.word() && COMPARISON_CUES.contains(t.lower())
                        || t.is("compared") && k + 1 < toks.size() && (toks.get(k + 1).is("with") || toks.get(k + 1).is("to"));
                if (!cue) continue;
                for (int j = k + 1; j < Math.min(toks.size(), k + 7); j++) {
                    Tok w = toks.get(j);
                    if (!w.word()) break;
                    EntityType h = headAt(toks, j);
                    if (h != null && h != UNDECIDED && w.lower().endsWith("s")) return h;
                }
            }
        }
        return null;
    }

    // ---- title "X: ..." ----

    private void fromTitle(Doc doc, List<Candidate> out) {
        String title = doc.title();
        List<Tok> toks = doc.tokens(TextField.TITLE);
        int colon = -1;
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).text().equals(":")) { colon = i; break; }
        if (colon > 0) {
            int end = colon;
            // drop a parenthetical expansion: "Blu-WERP (Web Extraction ...)"
            for (int i = 0; i < colon; i++) if (toks.get(i).text().equals("(")) { end = i; break; }
            // drop "Technical Report"
            if (end >= 2 && toks.get(end - 1).is("Report") && toks.get(end - 2).is("Technical")) end -= 2;
            if (end > 0 && end <= 5 && titleName(toks.subList(0, end), doc.text())) {
                TypeGuess g = colon + 1 < toks.size() && ARTICLES.contains(toks.get(colon + 1).lower())
                        ? headType(toks, colon + 1, 10) : new TypeGuess(null);
                out.add(new Candidate(TextField.TITLE, toks.get(0).start(), toks.get(end - 1).end(), g.type, g.type != null, 0.8));
            }
        }
        // cues inside the title itself ("... dubbed X")
        fromSentence(doc, title, new Sentences.Span(0, title.length()), TextField.TITLE, out);
    }

    private boolean titleName(List<Tok> name, String abstractText) {
        boolean strong = false;
        for (Tok t : name) {
            if (t.word() && topicWords.contains(t.lower())) return false;
            if (t.strongName()) strong = true;
        }
        if (!name.get(0).capitalised() && !strong) return false;
        if (strong || name.size() == 1) return true;
        if (abstractText != null && abstractText.toLowerCase(Locale.ROOT)
                .contains(name.get(0).lower() + " " + name.get(1).lower())) return true;
        // a short Title Case phrase whose last word is not an abstract noun ("Yell At Your Robot", "Diversify and
        // Conquer") reads as a name; "Efficient Inference", "Hardware Acceleration" read as topics
        int words = 0;
        for (Tok t : name) {
            if (!t.word()) continue;
            words++;
            if (!t.capitalised() && !NAME_CONNECTORS.contains(t.lower())) return false;
        }
        Tok last = name.get(name.size() - 1);
        return words <= 5 && !NOUN_ENDING.matcher(last.lower()).matches() || words <= 5 && last.lower().length() <= 3;
    }

    // ---- sentence cues ----

    private void fromSentence(Doc doc, String text, Sentences.Span span, TextField field, List<Candidate> out) {
        List<Tok> toks = doc.tokens(field, span.start(), span.end());
        // Profiling showed the cue regexes (lookarounds, case-insensitive) at half of all extraction time; most
        // sentences hold none of a cue's words, so test for the longest word first (CuePhrase).
        String folded = CaseFold.fold(text, span.start(), span.end());
        for (Cue cue : cues) {
            if (!cue.phrase().mayOccurIn(folded)) continue;
            CuePhrase.Scan m = cue.phrase().scan(text, span.start(), span.end(), folded, span.start());
            while (m.find()) {
                switch (cue.kind()) {
                    case "verb" -> afterVerb(toks, TextTokens.indexAt(toks, m.end()), field, cue.confidence(), false, false, out);
                    case "adjective" -> afterVerb(toks, TextTokens.indexAt(toks, m.end()), field, cue.confidence(), false, true, out);
                    case "np" -> afterVerb(toks, TextTokens.indexAt(toks, m.end()), field, cue.confidence(), true, false, out);
                    case "naming" -> afterNaming(toks, TextTokens.indexAt(toks, m.end()), TextTokens.indexAt(toks, m.start()),
                            field, cue.confidence(), out);
                    case "passive" -> beforePassive(toks, TextTokens.indexAt(toks, m.start()), field, cue.confidence(), out);
                    default -> throw new IllegalStateException("unknown cue kind " + cue.kind());
                }
            }
        }
        appositives(toks, field, out);
    }

    /** "we propose X(, a novel accelerator)" or "we propose a new benchmark, X, ...". */
    private void afterVerb(List<Tok> toks, int i, TextField field, double conf, boolean inNounPhrase, boolean adjectiveCue,
                           List<Candidate> out) {
        if (i >= toks.size()) return;
        // "we introduce the KwaiYiiMath which ..."
        int n0 = toks.get(i).is("the") && i + 1 < toks.size() && toks.get(i + 1).strongName() ? i + 1 : i;
        if (!inNounPhrase) {
            // "we propose cyclical curriculum learning (CCL)": a long form defined with its acronym
            int[] lf = longFormAt(toks, i, 10, true);
            if (lf != null) {
                TypeGuess g = typeAfterName(toks, lf);
                out.add(new Candidate(field, toks.get(lf[0]).start(), toks.get(lf[1] - 1).end(), g.type, g.type != null, conf));
                return;
            }
        }
        int[] name = inNounPhrase ? null : nameRun(toks, n0, false);
        if (name != null) {
            TypeGuess g = typeAfterName(toks, name);
            out.add(new Candidate(field, toks.get(name[0]).start(), toks.get(name[1] - 1).end(), g.type, g.type != null, conf));
            return;
        }
        if (!inNounPhrase) {
            if (!ARTICLES.contains(toks.get(i).lower()) && !adjectiveCue) return;
        } else {
            i--; // the cue itself ends the determiner ("our trained LLM, X")
        }
        // "an iterative reinforced fine-tuning strategy": a described technique, named by the words before its head
        boolean article = ARTICLES.contains(toks.get(i).lower());
        if ((inNounPhrase || article || adjectiveCue) && !namedLater(toks, i)) {
            // "this paper proposes a Hardwired-Neurons Language Processing Unit (HNLPU)": a Title Case long form
            int lfStart = i + (inNounPhrase || article ? 1 : 0);
            while (lfStart < toks.size() && toks.get(lfStart).word() && descriptors.contains(toks.get(lfStart).lower())) lfStart++;
            int[] lf = longFormAt(toks, lfStart, 10, true);
            if (lf != null && toks.get(lf[0]).capitalised() && toks.get(lf[1] - 1).capitalised()) {
                TypeGuess g = typeAfterName(toks, lf);
                out.add(new Candidate(field, toks.get(lf[0]).start(), toks.get(lf[1] - 1).end(), g.type, g.type != null, conf - 0.05));
                return;
            }
            int[] d = described(toks, inNounPhrase || article ? i + 1 : i);
            if (d != null) {
                boolean namedFurther = d[2] < toks.size() && (toks.get(d[2]).text().equals(",") || toks.get(d[2]).text().equals("("))
                        && d[2] + 1 < toks.size() && (toks.get(d[2] + 1).strongName() || isNamingWord(toks.get(d[2] + 1)));
                if (!namedFurther) {
                    out.add(new Candidate(field, toks.get(d[0]).start(), toks.get(d[1] - 1).end(), EntityType.METHOD, true,
                            Math.min(conf, 0.85) - 0.25));
                    return;
                }
            }
        }
        // "a new dataset (KMath)", "a framework FedSkel", "a novel accelerator, S2Engine,"
        EntityType head = null;
        boolean afterHead = false;
        for (int j = i + 1; j < Math.min(toks.size(), i + 12); j++) {
            Tok t = toks.get(j);
            if (t.word() && CLAUSE_STOPS.contains(t.lower()) && !t.is("and")) return;
            if (t.text().equals(".") || t.text().equals(";")) return;
            EntityType h = headAt(toks, j);
            if (h != null) {
                head = h;
                afterHead = true;
                continue;
            }
            if (afterHead && (t.text().equals(",") || t.text().equals("(") || t.text().equals(":") || t.text().equals("\"") || t.text().equals("\u201c"))) continue;
            if (afterHead && t.strongName()) {
                int[] run = nameRun(toks, j, true);
                if (run != null && !isAcronymOfPreceding(toks, i + 1, j, run)) {
                    out.add(new Candidate(field, toks.get(run[0]).start(), toks.get(run[1] - 1).end(), head, true, conf - 0.05));
                }
                return;
            }
            afterHead = false;
        }
    }

    /** "..., a new accelerator, dubbed X" : the type from the nearest head noun before the naming word. */
    private void afterNaming(List<Tok> toks, int i, int cueIdx, TextField field, double conf, List<Candidate> out) {
        if (cueIdx > 0 && toks.get(cueIdx - 1).is("-")) return; // "so-called"
        while (i < toks.size() && (toks.get(i).text().equals("\"") || toks.get(i).text().equals("\u201c")
                || toks.get(i).text().equals("'") || toks.get(i).is("as") || toks.get(i).is("the")
                && i + 1 < toks.size() && toks.get(i + 1).strongName())) i++;
        if (i >= toks.size()) return;
        // "X, called Y" about earlier work names nothing of this paper's
        if (field == TextField.ABSTRACT && aboutPriorWork(toks) && !selfReferring(toks)) return;
        int[] name = longFormAt(toks, i, 10, false);
        if (name == null) name = nameRun(toks, i, true);
        if (name == null) {
            // "a new training strategy, dubbed proximal matching, ..."
            int h = cueIdx - 1;
            if (h >= 0 && toks.get(h).text().equals(",")) h--;
            if (h < 0 || toks.get(cueIdx).is("namely") || headAt(toks, h) != EntityType.METHOD) return;
            name = lowerCaseName(toks, i);
            if (name == null) return;
            conf -= 0.15;
        }
        EntityType head = null;
        for (int j = cueIdx - 1; j >= Math.max(0, cueIdx - 10); j--) {
            EntityType h = headAt(toks, j);
            if (h != null) { head = h; break; }
        }
        if (head == null) head = typeAfterName(toks, name).type;
        out.add(new Candidate(field, toks.get(name[0]).start(), toks.get(name[1] - 1).end(), head, head != null, conf));
    }

    /** "X is proposed". */
    private void beforePassive(List<Tok> toks, int cueIdx, TextField field, double conf, List<Candidate> out) {
        int end = cueIdx;
        if (end > 0 && toks.get(end - 1).text().equals(")")) {
            int j = end - 1;
            while (j > 0 && !toks.get(j).text().equals("(")) j--;
            end = j;
        }
        int start = end;
        while (start > 0 && toks.get(start - 1).word() && (toks.get(start - 1).strongName()
                || (toks.get(start - 1).capitalised() && !stopwords.contains(toks.get(start - 1).lower())))) start--;
        if (start == end) {
            // "a two-stage pre-training method is proposed"
            int k = end - 1;
            while (k > 0 && toks.get(k - 1).word() && !ARTICLES.contains(toks.get(k - 1).lower()) && end - k < 8) k--;
            if (k > 0 && ARTICLES.contains(toks.get(k - 1).lower())) {
                int[] d = described(toks, k);
                if (d != null && d[2] == end) {
                    out.add(new Candidate(field, toks.get(d[0]).start(), toks.get(d[1] - 1).end(), EntityType.METHOD, true, conf - 0.2));
                }
            }
            return;
        }
        boolean strong = false;
        for (int k = start; k < end; k++) strong |= toks.get(k).strongName();
        if (!strong && start == 0) return; // a capitalised sentence start is not evidence of a name
        out.add(new Candidate(field, toks.get(start).start(), toks.get(end - 1).end(), null, false, conf));
    }

    /** "X, a novel sparse accelerator ..." */
    private void appositives(List<Tok> toks, TextField field, List<Candidate> out) {
        for (int i = 0; i + 3 < toks.size(); i++) {
            if (!toks.get(i).strongName()) continue;
            if (i > 0 && (toks.get(i - 1).strongName() || toks.get(i - 1).capitalised() && i - 1 > 0)) continue;
            int[] run = nameRun(toks, i, true);
            if (run == null) continue;
            int j = run[1];
            if (j + 2 >= toks.size() || !APPOSITION.contains(toks.get(j).text())) continue;
            Tok art = toks.get(j + 1);
            if (!(art.is("a") || art.is("an"))) continue;
            if (!ADJ_INTRO.contains(toks.get(j + 2).lower())) continue;
            TypeGuess g = headType(toks, j + 1, 10);
            out.add(new Candidate(field, toks.get(run[0]).start(), toks.get(run[1] - 1).end(), g.type, g.type != null, 0.75));
            i = run[1];
        }
    }

    /** "a reward model (RM)": the bracketed acronym of the words before it is not a name of its own. */
    private static boolean isAcronymOfPreceding(List<Tok> toks, int from, int nameIdx, int[] run) {
        if (run[1] - run[0] != 1 || nameIdx == 0 || !toks.get(nameIdx - 1).text().equals("(")) return false;
        String acr = toks.get(run[0]).text().replaceAll("s$", "").toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (int k = nameIdx - 2; k >= from && initials.length() < acr.length(); k--) {
            Tok t = toks.get(k);
            if (!t.word()) break;
            String[] parts = t.lower().split("-");
            for (int p = parts.length - 1; p >= 0; p--) if (!parts[p].isEmpty()) initials.insert(0, parts[p].charAt(0));
        }
        return initials.toString().endsWith(acr) || acr.endsWith(initials.toString()) && initials.length() >= 2;
    }

    /** Is a name given further on in the sentence ("... paradigm named ITERTL", "..., called Self-Lengthen")? */
    private static boolean namedLater(List<Tok> toks, int from) {
        for (int k = from; k < toks.size(); k++) if (isNamingWord(toks.get(k)) && !(k > 0 && toks.get(k - 1).is("-"))) return true;
        return false;
    }

    private static boolean isNamingWord(Tok t) {
        return t.is("named") || t.is("dubbed") || t.is("called") || t.is("termed") || t.is("coined") || t.is("namely");
    }

    private boolean aboutPriorWork(List<Tok> sentence) {
        if (sentence.isEmpty()) return false;
        String text = sentenceText(sentence);
        String folded = CaseFold.fold(text);
        for (CuePhrase p : priorWorkCues) if (p.mayOccurIn(folded) && p.scan(text, folded).find()) return true;
        return false;
    }

    private static String sentenceText(List<Tok> sentence) {
        StringBuilder b = new StringBuilder();
        for (Tok t : sentence) b.append(t.text()).append(' ');
        return b.toString();
    }

    private static boolean selfReferring(List<Tok> sentence) {
        StringBuilder b = new StringBuilder();
        for (Tok t : sentence) b.append(t.text()).append(' ');
        return SELF_REFERENCE.matcher(b).find();
    }

    /**
     * A described technique starting at token i: [descriptors] modifiers head, where the head is a generic
     * technique noun. Returns {nameStart, nameEnd, afterHead}; the name drops the head when the modifiers end in a
     * noun ("iterative self-training approach" names "iterative self-training") and keeps it otherwise
     * ("multigrid method"). Null when only descriptors precede the head ("a novel, simple framework").
     */
    private int[] described(List<Tok> toks, int i) {
        int j = i;
        while (j < toks.size() && (toks.get(j).text().equals(",") || toks.get(j).word() && descriptors.contains(toks.get(j).lower()))) j++;
        int modStart = j;
        for (int k = j; k < Math.min(toks.size(), j + 7); k++) {
            Tok t = toks.get(k);
            if (!t.word()) return null;
            String w = t.lower();
            if (methodHeads.contains(w)) {
                if (k == modStart) return null;
                Tok last = toks.get(k - 1);
                if (NAME_CONNECTORS.contains(last.lower())) return null;
                boolean noun = last.strongName() || NOUN_ENDING.matcher(last.lower()).matches();
                // one plain noun before the head ("an evaluation protocol") describes, it does not name
                if (noun && k - modStart == 1 && !last.strongName() && !last.text().contains("-")) return null;
                int head = k + 1;
                while (head < toks.size() && toks.get(head).word() && methodHeads.contains(toks.get(head).lower())) head++;
                return new int[]{modStart, noun ? k : k + 1, head};
            }
            if (t.capitalised() && !t.strongName()) return null; // a Title Case name is the name-run's business
            if ((CLAUSE_STOPS.contains(w) || stopwords.contains(w)) && !w.equals("of") && !w.equals("to")) return null;
            if ((w.equals("of") || w.equals("to")) && k == modStart) return null;
        }
        return null;
    }

    /** A lower-case name after a naming word: "dubbed proximal matching," (up to five words, to punctuation). */
    private int[] lowerCaseName(List<Tok> toks, int i) {
        int j = i;
        while (j < toks.size() && j - i < 5 && toks.get(j).word() && !CLAUSE_STOPS.contains(toks.get(j).lower())
                && !stopwords.contains(toks.get(j).lower())) j++;
        if (j == i || j - i >= 5) return null;
        if (j < toks.size() && toks.get(j).word() && !CLAUSE_STOPS.contains(toks.get(j).lower())) return null;
        if (j - i == 1 && !toks.get(i).text().contains("-")) return null;
        return new int[]{i, j};
    }

    /**
     * A long form defined with its acronym, "Imitation learning from Language Feedback (ILF)", starting at token i,
     * with the bracket within {@code max} tokens. When {@code strict}, the acronym's letters must appear in order in
     * the long form, the first one starting it (Schwartz-Hearst); otherwise any acronym-like bracket will do.
     */
    private int[] longFormAt(List<Tok> toks, int i, int max, boolean strict) {
        if (i >= toks.size() || !toks.get(i).word() || stopwords.contains(toks.get(i).lower())) return null;
        for (int k = i + 1; k < Math.min(toks.size() - 2, i + max); k++) {
            Tok t = toks.get(k);
            if (t.text().equals("(")) {
                Tok acr = toks.get(k + 1);
                if (!acr.strongName() || !toks.get(k + 2).text().equals(")")) return null;
                if (NAME_CONNECTORS.contains(toks.get(k - 1).lower())) return null;
                if (k - i < 2 && !toks.get(i).strongName()) return null;
                if (strict && !acronymFits(acr.text(), toks.subList(i, k))) return null;
                return new int[]{i, k};
            }
            if (!t.word() && !t.text().equals("-")) return null;
            if (t.word() && CLAUSE_STOPS.contains(t.lower()) && !NAME_CONNECTORS.contains(t.lower())) return null;
        }
        return null;
    }

    /** Schwartz-Hearst: the acronym's letters occur in order in the long form, its first letter starting a word of it. */
    static boolean acronymFits(String acronym, List<Tok> longForm) {
        String a = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (a.endsWith("s") && a.length() > 2) a = a.substring(0, a.length() - 1);
        StringBuilder lf = new StringBuilder();
        for (Tok t : longForm) lf.append(t.lower()).append(' ');
        String l = lf.toString().trim();
        if (a.isEmpty() || l.isEmpty() || l.charAt(0) != a.charAt(0)) return false;
        int li = l.length() - 1;
        for (int ai = a.length() - 1; ai >= 0; ai--) {
            char c = a.charAt(ai);
            while (li >= 0 && (l.charAt(li) != c || ai == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) li--;
            if (li < 0) return false;
            li--;
        }
        return true;
    }

    // ---- names and head nouns ----

    /**
     * A name starting at token i: a run of strong-name or capitalised tokens (connectors allowed between
     * capitalised words), returned as [startIdx, endIdx). A single capitalised (not strong) word counts only when
     * punctuation or a function word follows it.
     */
    private int[] nameRun(List<Tok> toks, int i, boolean afterNaming) {
        if (i >= toks.size()) return null;
        Tok first = toks.get(i);
        if (!first.word() || stopwords.contains(first.lower())) return null;
        if (!(first.strongName() || first.capitalised())) return null;
        int j = i + 1;
        boolean strong = first.strongName();
        while (j < toks.size()) {
            Tok t = toks.get(j);
            if (t.word() && (t.strongName() || t.capitalised()) && !stopwords.contains(t.lower())) {
                strong |= t.strongName();
                j++;
            } else if (t.word() && NAME_CONNECTORS.contains(t.lower()) && j + 1 < toks.size()
                    && toks.get(j - 1).capitalised() && !toks.get(j - 1).strongName()
                    && toks.get(j + 1).capitalised() && !toks.get(j + 1).strongName()
                    && !stopwords.contains(toks.get(j + 1).lower()) || t.text().equals("-") && j + 1 < toks.size()
                    && toks.get(j + 1).capitalised() && toks.get(j).start() == toks.get(j - 1).end()) {
                j += 1;
            } else {
                break;
            }
        }
        if (!toks.get(j - 1).word()) j--;
        int len = j - i;
        if (len == 1 && !strong) {
            if (j < toks.size()) {
                Tok next = toks.get(j);
                if (next.word() && !SINGLE_NAME_FOLLOWERS.contains(next.lower())) return null;
            }
        }
        if (!strong && !afterNaming && len > 1) {
            // multi-word Title Case after a verb: accept, it is written as a name
        }
        return new int[]{i, j};
    }

    private record TypeGuess(EntityType type) {
    }

    /** Type of a name from its appositive (", a novel accelerator"), its parenthetical, or its own last word. */
    private TypeGuess typeAfterName(List<Tok> toks, int[] name) {
        int j = name[1];
        if (j < toks.size() && toks.get(j).text().equals("(")) {
            while (j < toks.size() && !toks.get(j).text().equals(")")) j++;
            j++;
        }
        // "X, which is a domain-specific language model": a relative copula before the description
        int d = j + 1;
        if (j < toks.size() && toks.get(j).text().equals(",") && d + 1 < toks.size()
                && (toks.get(d).is("which") || toks.get(d).is("that")) && COPULAS.contains(toks.get(d + 1).lower())) d += 2;
        if (d < toks.size() && APPOSITION.contains(toks.get(j).text()) && (toks.get(d).is("a") || toks.get(d).is("an")
                || toks.get(d).is("the"))) {
            TypeGuess g = headType(toks, d, 10);
            if (g.type != null) return g;
        }
        // "we present the KMath benchmark", "SongPrepE2E model"
        if (j < toks.size()) {
            EntityType h = headAt(toks, j);
            if (h != null) return new TypeGuess(h);
        }
        // the name's own last word: "... Processing Unit", "... Dataset"
        if (name[1] - name[0] > 1) {
            Tok lastTok = toks.get(name[1] - 1);
            EntityType h = headNouns.get(lastTok.lower());
            if (h == null) h = headNouns.get(toks.get(name[1] - 2).lower() + " " + lastTok.lower());
            if (h != null) return new TypeGuess(h);
        }
        String last = toks.get(name[1] - 1).text();
        // "-Net" names are networks; "-BERT"/"-GPT" names are as often methods built around a model (bert2BERT)
        if (last.endsWith("Net")) return new TypeGuess(EntityType.MODEL);
        return new TypeGuess(null);
    }

    /**
     * The last head noun in a noun phrase starting at token i (stops at prepositions, clause words, punctuation; not at
     * "and" between modifiers before a head, nor at "of" after a group noun: "a set of language models").
     */
    private TypeGuess headType(List<Tok> toks, int i, int max) {
        EntityType found = null;
        for (int j = i; j < Math.min(toks.size(), i + max); j++) {
            Tok t = toks.get(j);
            // "a set of language models", "a family of accelerators": the noun after "of" is what the name is
            if (t.is("of") && j > i && GROUP_NOUNS.contains(toks.get(j - 1).lower())) {
                found = null;
                continue;
            }
            // coordinated modifiers before the head: "a lightweight and efficient BERT model"
            if (found == null && j > i && (t.is("and") || t.is("or"))) continue;
            if (t.word() && CLAUSE_STOPS.contains(t.lower())) break;
            // a comma ends the noun phrase once it has a head ("an OpenCL-defined scalable, run-time-flexible FPGA accelerator")
            if (j > i && !t.word() && !t.text().equals("-") && !(t.text().equals(",") && found == null)) break;
            EntityType h = headAt(toks, j);
            if (h != null) found = h;
        }
        return new TypeGuess(found);
    }

    /** The head-noun type of the (one- or two-word) noun ending at token j, or null. */
    private EntityType headAt(List<Tok> toks, int j) {
        Tok t = toks.get(j);
        if (!t.word()) return null;
        if (j > 0 && toks.get(j - 1).word()) {
            EntityType two = headNouns.get(toks.get(j - 1).lower() + " " + t.lower());
            if (two != null) return two;
        }
        String w = t.lower();
        EntityType one = headNouns.get(w);
        if (one == null && w.contains("-")) one = headNouns.get(w.substring(w.lastIndexOf('-') + 1));
        if (one == UNDECIDED && j > 0 && toks.get(j - 1).word()) {
            // "accelerator architecture" vs "transformer architecture"
            String mod = toks.get(j - 1).lower();
            if (HardwareContext.WORDS.contains(mod)) return EntityType.HARDWARE;
            EntityType modType = headNouns.get(mod);
            if (modType == EntityType.MODEL) return EntityType.MODEL;
            if (mod.equals("neural") || mod.equals("deep") || mod.equals("cnn") || mod.equals("dnn")) return EntityType.MODEL;
        }
        return one;
    }

    static String norm(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
