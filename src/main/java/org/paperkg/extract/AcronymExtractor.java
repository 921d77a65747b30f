package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.paperkg.text.TextData;

/**
 * Acronym definitions, "Knowledge Distillation (KD)" and "KD (knowledge distillation)", found with the algorithm of
 * Schwartz and Hearst (2003, "A simple algorithm for identifying abbreviation definitions in biomedical text"). Each
 * definition makes the long and the short form one entity: the long form and every use of the short form in the
 * title and abstract become mentions of one type with the long form (or the vocabulary's canonical name, when an
 * earlier extractor matched it) as canonical name, so the linker gives them one IRI and the short form becomes an
 * alias. The type is that of an earlier mention of either form; when neither is known, the long form's head word
 * decides ({@code ontology/text/acronym-heads.tsv}) at lower confidence, and without one the definition is skipped.
 * Runs after the vocabulary and proposal extractors, before the results and relations that read mentions.
 */
public final class AcronymExtractor implements Extractor {
    static final String NAME = "acronym";
    private static final double GUESSED_CONFIDENCE = 0.6;

    /** One definition: the short form's and the long form's spans in one text field. */
    record Definition(TextField field, int shortStart, int shortEnd, int longStart, int longEnd) {
    }

    private final Map<String, EntityType> heads;
    /** Head words of technical compounds ({@code ontology/patterns/entity-heads.tsv}), for definitions inside a name. */
    private final Map<String, EntityType> compoundHeads;

    public AcronymExtractor() {
        Map<String, EntityType> m = new HashMap<>();
        for (String[] row : TextData.rows("acronym-heads.tsv")) {
            m.put(row[0].trim().toLowerCase(Locale.ROOT), EntityType.parse(row[1].trim())
                    .orElseThrow(() -> new IllegalStateException("acronym-heads.tsv: unknown type " + row[1])));
        }
        this.heads = Map.copyOf(m);
        Map<String, EntityType> c = new HashMap<>();
        for (String[] row : PatternData.rows("entity-heads.tsv")) {
            if (row.length < 2 || row[0].contains(":")) continue;
            c.put(row[0].toLowerCase(Locale.ROOT), EntityType.parse(row[1])
                    .orElseThrow(() -> new IllegalStateException("entity-heads.tsv: unknown type " + row[1])));
        }
        this.compoundHeads = Map.copyOf(c);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        List<Definition> defs = new ArrayList<>();
        for (TextField field : TextField.values()) {
            String text = doc.textOf(field);
            for (Sentences.Span s : doc.sentences(field)) defs.addAll(definitions(text, s, field));
        }
        Map<String, Boolean> done = new HashMap<>();
        for (Definition d : defs) {
            String shortForm = doc.textOf(d.field()).substring(d.shortStart(), d.shortEnd());
            if (done.putIfAbsent(shortForm, true) != null) continue; // the first definition of a short form wins
            apply(doc, d, shortForm, findings);
        }
    }

    private void apply(Doc doc, Definition d, String shortForm, Findings findings) {
        String text = doc.textOf(d.field());
        int headEnd = innerHeadEnd(text, d);
        if (headEnd > 0) {
            applyInner(doc, d, shortForm, headEnd, findings);
            return;
        }
        String longForm = text.substring(d.longStart(), d.longEnd());
        Mention known = known(findings, d.field(), d.longStart(), d.longEnd());
        if (known == null) known = known(findings, d.field(), d.shortStart(), d.shortEnd());
        EntityType type;
        String canonical;
        double confidence;
        if (known != null) {
            type = known.type();
            boolean knownIsShort = known.start() >= d.shortStart() && known.end() <= d.shortEnd();
            // a known name inside a longer long form ("curriculum learning" in "cyclical curriculum learning (CCL)")
            // is only its head: the definition names the longer thing, so it keeps its own canonical name
            boolean knownIsPart = !knownIsShort && (known.start() > d.longStart() || known.end() < d.longEnd());
            canonical = known.canonical() != null && !knownIsShort && !knownIsPart ? known.canonical() : longForm;
            confidence = known.confidence();
        } else {
            Optional<EntityType> guessed = headType(longForm);
            if (guessed.isEmpty()) return;
            type = guessed.get();
            canonical = longForm;
            confidence = GUESSED_CONFIDENCE;
        }
        put(findings, new Mention(type, longForm, d.field(), d.longStart(), d.longEnd(), canonical, NAME, confidence));
        for (TextField field : TextField.values()) {
            String t = doc.textOf(field);
            for (int at = t.indexOf(shortForm); at >= 0; at = t.indexOf(shortForm, at + 1)) {
                if (!wholeWord(t, at, at + shortForm.length())) continue;
                put(findings, new Mention(type, shortForm, field, at, at + shortForm.length(), canonical, NAME, confidence));
            }
        }
    }

    /**
     * The end of the head word when the definition sits inside a name, before its head: "Kullback-Leibler (KL)
     * divergence", "Minimum Bayes-Risk (MBR) decoding". The short form then abbreviates only the modifier, and the
     * entity is the long form with its head ("Kullback-Leibler divergence", also written "KL divergence"). The head is
     * one lower-case technique or task word right after the parenthesis, and no word of the long form is a head itself
     * ("Reinforcement Learning from Human Feedback (RLHF) training" is RLHF, trained). Returns -1 otherwise.
     */
    private int innerHeadEnd(String text, Definition d) {
        if (d.shortStart() < d.longEnd() || d.shortEnd() >= text.length() || text.charAt(d.shortEnd()) != ')') return -1;
        int at = d.shortEnd() + 1;
        if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isLowerCase(text.charAt(at + 1))) return -1;
        int end = at + 1;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) end++;
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) return -1;
        EntityType t = compoundHeads.get(text.substring(at + 1, end));
        if (t != EntityType.METHOD && t != EntityType.TASK) return -1;
        for (String w : text.substring(d.longStart(), d.longEnd()).toLowerCase(Locale.ROOT).split("[\\s/]+")) {
            String word = w.replaceAll("[^\\p{L}\\p{N}-]", "");
            if (heads.containsKey(word) || compoundHeads.containsKey(word)) return -1;
        }
        return end;
    }

    /**
     * A definition inside a name ({@link #innerHeadEnd}): the whole written phrase, and every use of the short form
     * with the head ("KL divergence"), become mentions of the long form with its head; the bare short form is not
     * linked (it abbreviates the modifier only), and earlier mentions of it give way, as do mentions inside the phrase.
     * The head types the entity as it types a technical compound ({@code entity-heads.tsv}).
     */
    private void applyInner(Doc doc, Definition d, String shortForm, int headEnd, Findings findings) {
        String text = doc.textOf(d.field());
        String head = text.substring(d.shortEnd() + 2, headEnd);
        String canonical = text.substring(d.longStart(), d.longEnd()) + " " + head;
        EntityType type = compoundHeads.get(head);
        int start = d.longStart();
        findings.retainMentions(m -> !(m.field() == d.field() && m.start() >= start && m.end() <= headEnd));
        // the text says what the bare short form stands for: a vocabulary reading of it is another meaning
        // ("CBT" defined as cognitive behavior therapy is not the CBT dataset)
        findings.retainMentions(m -> !m.text().equals(shortForm));
        put(findings, new Mention(type, text.substring(start, headEnd), d.field(), start, headEnd, canonical, NAME,
                GUESSED_CONFIDENCE));
        String written = shortForm + " " + head;
        for (TextField field : TextField.values()) {
            String t = doc.textOf(field);
            for (int at = t.indexOf(written); at >= 0; at = t.indexOf(written, at + 1)) {
                if (!wholeWord(t, at, at + written.length())) continue;
                put(findings, new Mention(type, written, field, at, at + written.length(), canonical, NAME, GUESSED_CONFIDENCE));
            }
        }
    }

    /**
     * Adds {@code m}, or re-canonicalises the earlier mentions it covers: a mention with exactly its span takes its
     * type and canonical name (keeping its own extractor and confidence); mentions inside it of its type give way.
     */
    private static void put(Findings findings, Mention m) {
        boolean placed = false;
        for (Mention old : List.copyOf(findings.mentions())) {
            if (!old.overlaps(m)) continue;
            if (old.start() == m.start() && old.end() == m.end()) {
                Mention updated = new Mention(m.type(), old.text(), old.field(), old.start(), old.end(), m.canonical(),
                        old.extractor(), Math.max(old.confidence(), m.confidence()));
                findings.replaceMention(old, updated);
                placed = true;
            } else if (old.start() >= m.start() && old.end() <= m.end() && old.type() == m.type()) {
                findings.replaceMention(old, new Mention(m.type(), old.text(), old.field(), old.start(), old.end(),
                        m.canonical(), old.extractor(), old.confidence()));
            }
        }
        if (!placed) findings.addMention(m);
    }

    /** The earliest-added, longest mention overlapping [start, end) in {@code field}. */
    private static Mention known(Findings findings, TextField field, int start, int end) {
        Mention best = null;
        for (Mention m : findings.mentions()) {
            if (m.field() != field || m.end() <= start || m.start() >= end) continue;
            if (m.type() == EntityType.MODEL_CLASS && best != null) continue;
            if (best == null || (m.end() - m.start()) > (best.end() - best.start())) best = m;
        }
        return best;
    }

    private Optional<EntityType> headType(String longForm) {
        String[] words = longForm.toLowerCase(Locale.ROOT).split("[\\s/]+");
        for (int i = words.length - 1; i >= 0; i--) {
            EntityType t = heads.get(words[i].replaceAll("[^\\p{L}\\p{N}-]", ""));
            if (t != null) return Optional.of(t);
        }
        return Optional.empty();
    }

    // ---- Schwartz & Hearst ------------------------------------------------------------------------------------

    /** Every "long (short)" and "short (long)" definition in one sentence. */
    static List<Definition> definitions(String text, Sentences.Span s, TextField field) {
        List<Definition> out = new ArrayList<>();
        for (int open = text.indexOf('(', s.start()); open >= 0 && open < s.end(); open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0 || close > s.end()) break;
            // the parenthesis content up to the first ';' or ',' ("(KD; Hinton et al.)")
            int innerEnd = close;
            for (int k = open + 1; k < close; k++) {
                if (text.charAt(k) == ';' || text.charAt(k) == ',') {
                    innerEnd = k;
                    break;
                }
            }
            int innerStart = skipBlanks(text, open + 1, innerEnd);
            int innerStop = trimEnd(text, innerStart, innerEnd);
            if (innerStop <= innerStart) continue;
            String inner = text.substring(innerStart, innerStop);
            if (isShortForm(inner)) {
                int shortLen = letterCount(inner);
                int maxWords = Math.min(shortLen + 5, shortLen * 2);
                int windowStart = wordsBefore(text, s.start(), open, maxWords);
                int lfEnd = trimEnd(text, windowStart, open);
                int lfStart = initialsLongForm(inner, text, windowStart, lfEnd);
                if (lfStart < 0) lfStart = noFunctionWordStart(inner, text, windowStart, bestLongForm(inner, text, windowStart, lfEnd));
                if (lfStart >= 0 && validLongForm(text.substring(lfStart, lfEnd), inner)) {
                    out.add(new Definition(field, innerStart, innerStop, lfStart, lfEnd));
                }
            } else {
                // reverse: "KD (knowledge distillation)": the short form is the one word before the parenthesis
                int sfEnd = trimEnd(text, s.start(), open);
                int sfStart = sfEnd;
                while (sfStart > s.start() && !Character.isWhitespace(text.charAt(sfStart - 1))) sfStart--;
                if (sfEnd <= sfStart) continue;
                String sf = text.substring(sfStart, sfEnd);
                if (!isShortForm(sf) || !hasUpper(sf)) continue;
                int lfStart = bestLongForm(sf, text, innerStart, innerStop);
                if (lfStart == innerStart && validLongForm(inner, sf)) {
                    out.add(new Definition(field, sfStart, sfEnd, innerStart, innerStop));
                }
            }
        }
        return out;
    }

    /** S&H: 2 to 10 characters, at most two words, starts with a letter or digit, has a letter, has a capital. */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 10) return false;
        if (!Character.isLetterOrDigit(s.charAt(0))) return false;
        if (s.split("\\s+").length > 2) return false;
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) letter = true;
        return letter && hasUpper(s);
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }

    /**
     * S&H's matching: every letter or digit of the short form, right to left, is found right to left in the long form,
     * the first one at the start of a word. Returns the long form's start offset in {@code text}, or -1.
     */
    static int bestLongForm(String shortForm, String text, int from, int to) {
        int l = to - 1;
        for (int si = shortForm.length() - 1; si >= 0; si--) {
            char c = Character.toLowerCase(shortForm.charAt(si));
            if (!Character.isLetterOrDigit(c)) continue;
            while (l >= from && (Character.toLowerCase(text.charAt(l)) != c
                    || (si == firstAlnum(shortForm) && l > from && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < from) return -1;
            l--;
        }
        int start = l + 1;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return start;
    }

    /**
     * The long form whose words' initials spell an all-capital short form, read right to left from {@code to}:
     * "Cyclical Curriculum Learning (CCL)", "Parameter-Efficient Fine-Tuning (PEFT)" (hyphen parts count as words),
     * "Reinforcement Learning from Human Feedback (RLHF)" (a lower-case word of at most four letters inside the long
     * form may be skipped). Plain S&H matching would stop at "curriculum learning", whose inner "c" also fits. Returns
     * the start offset in {@code text}, or -1 when the initials do not fit. A hyphenated word gives the initials of its
     * parts or one initial ("Task-Aware Re-weighting (TAR)", "Domain-Adaptive Pre-training (DAP)").
     */
    static int initialsLongForm(String shortForm, String text, int from, int to) {
        String sf = shortForm.endsWith("s") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        if (sf.length() < 2) return -1;
        for (int i = 0; i < sf.length(); i++) if (!Character.isUpperCase(sf.charAt(i))) return -1;
        // words of [from, to), each a list of its hyphen parts: letter/digit runs
        List<List<int[]>> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) i++;
            List<int[]> parts = new ArrayList<>();
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                int st = i;
                while (i < to && Character.isLetterOrDigit(text.charAt(i))) i++;
                parts.add(new int[]{st, i});
                if (i + 1 < to && text.charAt(i) == '-' && Character.isLetterOrDigit(text.charAt(i + 1))) i++;
            }
            if (!parts.isEmpty()) words.add(parts);
        }
        int start = initials(sf, text, words, words.size() - 1, sf.length() - 1);
        if (start < 0) return -1;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return start;
    }

    /**
     * The start of the long form whose words, from {@code w} leftwards, spell {@code sf} up to its letter {@code li};
     * -1 if none. A word gives the initials of all its hyphen parts or only its first initial, or is skipped as a
     * function word (lower case, at most four letters, not the last word).
     */
    private static int initials(String sf, String text, List<List<int[]>> words, int w, int li) {
        if (w < 0) return -1;
        List<int[]> parts = words.get(w);
        int n = parts.size();
        if (n <= li + 1) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = Character.toLowerCase(text.charAt(parts.get(k)[0])) == Character.toLowerCase(sf.charAt(li - n + 1 + k));
            }
            if (all) {
                int r = li - n < 0 ? parts.get(0)[0] : initials(sf, text, words, w - 1, li - n);
                if (r >= 0) return r;
            }
        }
        if (n > 1 && Character.toLowerCase(text.charAt(parts.get(0)[0])) == Character.toLowerCase(sf.charAt(li))) {
            int r = li == 0 ? parts.get(0)[0] : initials(sf, text, words, w - 1, li - 1);
            if (r >= 0) return r;
        }
        int[] only = parts.get(0);
        boolean functionWord = n == 1 && only[1] - only[0] <= 4 && li < sf.length() - 1
                && text.substring(only[0], only[1]).chars().allMatch(Character::isLowerCase);
        return functionWord ? initials(sf, text, words, w - 1, li) : -1;
    }

    private static final java.util.Set<String> FUNCTION_WORDS =
            java.util.Set.of("and", "or", "of", "the", "for", "with", "in", "on", "to", "a", "an", "by", "from");

    /**
     * A long form does not start with a function word: S&H's shortest match in "Adversarial and Contrastive Variational
     * Autoencoder (ACVAE)" starts at "and", whose "a" also fits; the word before it, when it starts with the same
     * letter, starts the long form, else there is none. Returns the corrected start, or -1.
     */
    static int noFunctionWordStart(String shortForm, String text, int from, int start) {
        if (start < 0) return start;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        if (!FUNCTION_WORDS.contains(text.substring(start, end))) return start;
        int prevEnd = start;
        while (prevEnd > from && Character.isWhitespace(text.charAt(prevEnd - 1))) prevEnd--;
        int prev = prevEnd;
        while (prev > from && !Character.isWhitespace(text.charAt(prev - 1))) prev--;
        if (prev == prevEnd || prev == start) return -1;
        char initial = Character.toLowerCase(shortForm.charAt(firstAlnum(shortForm)));
        return Character.toLowerCase(text.charAt(prev)) == initial ? prev : -1;
    }

    private static int firstAlnum(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return i;
        return 0;
    }

    private static boolean validLongForm(String longForm, String shortForm) {
        if (longForm.length() <= shortForm.length()) return false;
        // the short form written as a word of the long form ("BERT-based models (BERT)") is no definition; inside a
        // word it may be ("Domain-Adaptive Pre-training (DAP)")
        String lf = longForm.toLowerCase(Locale.ROOT), sf = shortForm.toLowerCase(Locale.ROOT);
        for (int at = lf.indexOf(sf); at >= 0; at = lf.indexOf(sf, at + 1)) {
            if ((at == 0 || !Character.isLetterOrDigit(lf.charAt(at - 1)))
                    && (at + sf.length() == lf.length() || !Character.isLetterOrDigit(lf.charAt(at + sf.length())))) return false;
        }
        return longForm.split("\\s+").length >= 2 || longForm.contains("-");
    }

    private static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    /** Start of the window of at most {@code words} words ending at {@code end}, not before {@code min}. */
    private static int wordsBefore(String text, int min, int end, int words) {
        int p = trimEnd(text, min, end);
        int count = 0;
        while (p > min && count < words) {
            while (p > min && Character.isWhitespace(text.charAt(p - 1))) p--;
            while (p > min && !Character.isWhitespace(text.charAt(p - 1))) p--;
            count++;
        }
        return skipBlanks(text, p, end);
    }

    private static boolean wholeWord(String t, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(t.charAt(start - 1)))
                && (end >= t.length() || !Character.isLetterOrDigit(t.charAt(end))
                    || (t.charAt(end) == 's' && (end + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(end + 1)))));
    }

    private static int skipBlanks(String t, int i, int end) {
        while (i < end && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String t, int start, int end) {
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }
}
