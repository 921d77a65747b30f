package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a known model name to the variant written with it: "Qwen2.5-VL" inside "Qwen2.5-VL-7B-Instruct",
 * "Mistral" inside "Mistral-7B-Instruct". The vocabulary knows families and common sizes, but releases add suffixes
 * (sizes, "Instruct", "Chat", "Math", "SSDLite") faster than any list; the written variant is the model the paper
 * used, so it is the entity (GUIDELINES.md: names keep their written form). A hyphen-joined part continues the name
 * when it starts with a capital or a digit, or is a variant word of {@code entity-variants.tsv}; a lower-case word
 * ("BERT-based", "GPT-style") does not; a size written after a space also continues it ("Llama 2 13B", "GPT-3 XL").
 * The widened mention keeps no canonical name: it is a new, more specific entity.
 */
public final class ModelVariantExtender implements Extractor {
    public static final String NAME = "model-variant";
    private static final Pattern PART = Pattern.compile("-([\\p{L}\\p{N}][\\p{L}\\p{N}.]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}])");
    private final Set<String> suffixWords = new HashSet<>();

    public ModelVariantExtender() {
        for (String[] row : PatternData.rows("entity-variants.tsv")) {
            if (row.length > 1 && row[1].equals("suffix")) suffixWords.add(row[0].toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        for (Mention m : new ArrayList<>(findings.mentions())) {
            if (m.type() != EntityType.MODEL) continue;
            String text = doc.textOf(m.field());
            int end = sizeEnd(text, variantEnd(text, m.end()));
            int start = variantStart(text, m.start());
            if (end == m.end() && start == m.start() || crossed(findings, m, start, end)) continue;
            // names inside the widened one are its parts ("DPO" in "SFR-Iterative-DPO-LLaMA-3-8B-R")
            findings.retainMentions(k -> k == m || k.field() != m.field() || k.start() < start || k.end() > end);
            findings.replaceMention(m, new Mention(m.type(), text.substring(start, end), m.field(), start, end,
                    null, NAME, m.confidence()));
        }
    }

    /** Where the hyphen-joined variant parts after {@code from} end ({@code from} itself when there are none). */
    int variantEnd(String text, int from) {
        int end = from;
        Matcher p = PART.matcher(text);
        while (p.region(end, text.length()).lookingAt()) {
            String part = p.group(1);
            boolean continues = Character.isUpperCase(part.charAt(0)) || Character.isDigit(part.charAt(0))
                    || suffixWords.contains(part.toLowerCase(Locale.ROOT));
            if (!continues) break;
            end = p.end();
        }
        // the name must end at a word boundary: "Qwen2-Math-Instructions..." is no name
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) return from;
        // a trailing dot ends the sentence, not the name
        while (end > from && text.charAt(end - 1) == '.') end--;
        return end;
    }

    /**
     * A size written after the name with a space: a parameter count ("Llama 2 13B", "OPT 1.3b") or a capitalised size
     * word ("GPT-3 XL", "BERT Large", "T5 XXL"), then its own hyphen-joined parts ("13B-Chat"); a count of parameters
     * or tokens ("7B parameters") and a lower-case word ("BERT large language ...") are not part of the name.
     */
    int sizeEnd(String text, int from) {
        Matcher size = SIZE.matcher(text);
        if (!size.region(from, text.length()).lookingAt()) return from;
        Matcher counted = COUNTED.matcher(text);
        if (counted.region(size.end(), text.length()).lookingAt()) return from;
        int end = variantEnd(text, size.end());
        return end < size.end() ? size.end() : end;
    }

    /** " 13B", " 1.3b", " XL", " Large" after a model name, ending at a word boundary. */
    private static final Pattern SIZE = Pattern.compile(
            " (?:\\d+(?:\\.\\d+)?[BbMT]|XXL|XL|Base|Large|Small|Tiny|Mini|Medium|Huge|Giant|Nano)(?![\\p{L}\\p{N}]|[.,]?[\\p{L}\\p{N}])");
    private static final Pattern COUNTED = Pattern.compile("[ -](?:parameters?|params?|tokens?|weights?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Where capitalised or digit-led parts joined by hyphens before {@code from} begin ("SFR-Iterative-DPO-" before
     * "LLaMA-3"); {@code from} itself when there are none or the first part is glued to a word.
     */
    static int variantStart(String text, int from) {
        int start = from;
        while (start >= 2 && text.charAt(start - 1) == '-') {
            int i = start - 1;
            while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) i--;
            if (i == start - 1) break;
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) break;
            start = i;
        }
        return start;
    }

    /** Whether a mention crosses a boundary of the widened span (an expanded enumeration, a second name). */
    private static boolean crossed(Findings findings, Mention m, int start, int end) {
        for (Mention k : findings.mentions()) {
            if (k == m || k.field() != m.field()) continue;
            boolean overlaps = k.start() < end && k.end() > start;
            boolean inside = k.start() >= start && k.end() <= end;
            if (overlaps && !inside) return true;
        }
        return false;
    }
}
