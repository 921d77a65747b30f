package org.paperkg.extract;

import org.paperkg.vocab.Keys;
import org.paperkg.vocab.VocabEntry;
import org.paperkg.vocab.Vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands compact enumerations of names into one mention per member. Runs after the vocabulary extractor and reads
 * its mentions as the families being enumerated. Forms handled:
 * <ul>
 *   <li>braces: "ResNet-{18, 34, 50}", "CIFAR-{10, 100}";</li>
 *   <li>a bare numeric list after a name ending in a number, which is what braces become once LaTeX is cleaned:
 *       "ResNet-18, 34, 50, 101 and 152", "CIFAR-10, 100 and ImageNet";</li>
 *   <li>slashes sharing a prefix: "Qwen2.5-Math-Instruct-1.5B/7B/72B", "OPT-2.7B/6.7B/13B";</li>
 *   <li>slashes sharing a suffix: "Intel Arria/Stratix 10 GX FPGA" (Arria 10 GX FPGA, Stratix 10 GX FPGA);</li>
 *   <li>size words or sizes after a model name: "BERT base and large", "Llama-2 7B and 13B".</li>
 * </ul>
 * Each member's mention covers what is written for it (the whole name for the first, often only "34" or "large"
 * for the others) and carries the expanded name as canonical. Its type is that of the enumerated family (the
 * vocabulary mention it extends, else the vocabulary entry of the expanded name or of the class written last).
 */
public final class EnumerationExpander implements Extractor {
    public static final String NAME = "enumeration";
    private static final double CONFIDENCE = 0.7;

    /** A number, optionally with a size letter: "34", "1.5B", "125M", "8x7B". */
    private static final String SIZE = "\\d+(?:\\.\\d+)?(?:x\\d+)?[BMKT]?";
    private static final Pattern BRACES = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Za-z][\\w.]*(?:-[\\w.]+)*)([-_ ]?)\\{([^{}]{1,80})}");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("^(.*?[A-Za-z][^\\s]*?)([-_ ]?)(" + SIZE + ")$");
    private static final Pattern LIST_ITEM = Pattern.compile("\\G(\\s*(?:,\\s*(?:and\\s+|or\\s+)?|/|\\s+and\\s+|\\s+or\\s+))(" + SIZE + ")(?![\\p{L}\\p{N}%])(?!\\.\\d)");
    private static final Pattern SLASH_TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}\\-/])([A-Za-z][\\w.\\-]*?)([-_])(" + SIZE + ")((?:/" + SIZE + ")+)(?![\\p{L}\\p{N}/])");
    private static final Pattern SLASH_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}\\-/])([A-Z][a-z]+(?:/[A-Z][a-z]+)+)((?:\\s+[A-Z0-9][A-Z0-9\\-]*){1,4})(?![\\p{L}\\p{N}])");
    private static final Pattern SIZE_WORDS;
    /** More members after a name that already ends in a size: "BERT-base and large", "Llama 2 7B and 13B". */
    private static final Pattern CONTINUATION;
    /** A name ending in a size word or size: group 1 is the family. */
    private static final Pattern SIZED_NAME;
    private static final Set<String> FOLLOWERS = new HashSet<>();

    static {
        List<String> sizes = new ArrayList<>();
        for (String[] row : PatternData.rows("entity-variants.tsv")) {
            if (row.length < 2) continue;
            if (row[1].equals("size")) sizes.add(Pattern.quote(row[0]));
            else if (row[1].equals("follower")) FOLLOWERS.add(row[0].toLowerCase(Locale.ROOT));
        }
        String v = "(?:" + String.join("|", sizes) + "|" + SIZE + ")";
        String sep = "(?:\\s*,\\s*(?:and\\s+)?|\\s*/\\s*|\\s+and\\s+|\\s+or\\s+)";
        CONTINUATION = Pattern.compile("\\G((?:" + sep + "-?" + v + ")+)(?![\\p{L}\\p{N}%])(?!\\.\\d)", Pattern.CASE_INSENSITIVE);
        // a version number ("GPT-2") is not a size: a size here is a size word or a number with a unit ("7B")
        SIZED_NAME = Pattern.compile("^(.*?[\\p{L}\\p{N}])[-_ ](?:" + String.join("|", sizes) + "|\\d+(?:\\.\\d+)?[BMKT])$",
                Pattern.CASE_INSENSITIVE);
        SIZE_WORDS = Pattern.compile("\\G([-\\s])(" + v + ")((?:(?:\\s*,\\s*(?:and\\s+)?|\\s*/\\s*|\\s+and\\s+|\\s+or\\s+)-?" + v + ")*)(?![\\p{L}\\p{N}%])(?!\\.\\d)",
                Pattern.CASE_INSENSITIVE);
    }

    private static final Pattern MEMBER = Pattern.compile("-?([\\p{L}\\p{N}.]+)");

    private final Vocabulary vocabulary;

    public EnumerationExpander(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Doc doc, Findings findings) {
        for (TextField field : TextField.values()) {
            String text = doc.textOf(field);
            if (text == null || text.isEmpty()) continue;
            List<Mention> known = new ArrayList<>();
            for (Mention m : findings.mentions()) if (m.field() == field) known.add(m);
            List<Mention> out = new ArrayList<>();
            // the brace and slash patterns need a literal '{' or '/': most abstracts have neither, so skip the scans
            if (text.indexOf('{') >= 0) braces(text, field, known, out);
            numericLists(text, field, known, out);
            if (text.indexOf('/') >= 0) {
                slashSizes(text, field, known, out);
                slashPrefixes(text, field, out);
            }
            sizeWords(text, field, known, out);
            Set<String> seen = new HashSet<>();
            for (Mention m : known) seen.add(m.start() + ":" + m.end() + ":" + Keys.norm(m.name()));
            for (Mention m : out) {
                if (seen.add(m.start() + ":" + m.end() + ":" + Keys.norm(m.name()))) findings.addMention(m);
            }
        }
    }

    // ---------------------------------------------------------------- forms

    private void braces(String text, TextField field, List<Mention> known, List<Mention> out) {
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            String base = m.group(1), sep = m.group(2);
            Optional<EntityType> type = familyType(known, m.start(1), m.end(1), base);
            if (type.isEmpty()) continue;
            int at = m.start(3);
            for (String part : m.group(3).split("[,/|]")) {
                String p = part.strip();
                int off = text.indexOf(p, at);
                at = off + p.length();
                if (p.isEmpty() || p.length() > 12 || !p.matches("[\\w.]+")) continue;
                out.add(member(type.get(), text, field, off, off + p.length(), base + sep + p));
            }
        }
    }

    /** "ResNet-18, 34, 50": a known name ending in a number, followed by a list of bare numbers. */
    private void numericLists(String text, TextField field, List<Mention> known, List<Mention> out) {
        for (Mention k : known) {
            if (k.type() == EntityType.METHOD || k.type() == EntityType.TASK) continue;
            Matcher nm = NUMBER_SUFFIX.matcher(k.text());
            if (!nm.matches()) continue;
            String base = nm.group(1), sep = nm.group(2).isEmpty() ? "-" : nm.group(2);
            Matcher item = LIST_ITEM.matcher(text);
            item.region(k.end(), text.length());
            List<int[]> members = new ArrayList<>();
            int pos = k.end();
            while (item.find() && item.start() == pos) {
                members.add(new int[]{item.start(2), item.end(2)});
                pos = item.end();
            }
            if (members.isEmpty() || !listEnds(text, pos)) continue;
            String familyName = k.canonical() != null ? familyOf(k.canonical()) : base;
            for (int[] s : members) {
                out.add(member(k.type(), text, field, s[0], s[1], familyName + sep + text.substring(s[0], s[1])));
            }
        }
    }

    /** The family part of a canonical name ending in a number ("ResNet-18" gives "ResNet"). */
    private static String familyOf(String canonical) {
        Matcher m = NUMBER_SUFFIX.matcher(canonical);
        return m.matches() ? m.group(1) : canonical;
    }

    /** Whether a bare number list ends where a list can end: punctuation, the end, or a word that is not a count's noun. */
    private static boolean listEnds(String text, int pos) {
        if (pos >= text.length()) return true;
        char c = text.charAt(pos);
        if (",;:.)]}".indexOf(c) >= 0) return true;
        if (!Character.isWhitespace(c)) return false;
        int s = pos;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) s++;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        if (e == s) return s < text.length() && "([".indexOf(text.charAt(s)) >= 0;
        String w = text.substring(s, e);
        return FOLLOWERS.contains(w.toLowerCase(Locale.ROOT)) || Character.isUpperCase(w.charAt(0));
    }

    /** "Qwen2.5-Math-Instruct-1.5B/7B/72B": the first member is written whole, the others are sizes. */
    private void slashSizes(String text, TextField field, List<Mention> known, List<Mention> out) {
        Matcher m = SLASH_TOKEN.matcher(text);
        while (m.find()) {
            String base = m.group(1), sep = m.group(2);
            Optional<EntityType> type = familyType(known, m.start(1), m.end(3), base);
            if (type.isEmpty()) type = Keys.hasUpper(base) ? Optional.of(EntityType.MODEL) : Optional.empty();
            if (type.isEmpty()) continue;
            out.add(member(type.get(), text, field, m.start(1), m.end(3), base + sep + m.group(3)));
            int at = m.start(4);
            for (String p : m.group(4).substring(1).split("/")) {
                int off = text.indexOf(p, at);
                at = off + p.length();
                out.add(member(type.get(), text, field, off, off + p.length(), base + sep + p));
            }
        }
    }

    /** "Arria/Stratix 10 GX FPGA": capitalised alternatives sharing the words that follow. */
    private void slashPrefixes(String text, TextField field, List<Mention> out) {
        Matcher m = SLASH_PREFIX.matcher(text);
        while (m.find()) {
            String suffix = m.group(2);
            if (!Keys.hasDigit(suffix)) continue;
            String[] alts = m.group(1).split("/");
            Optional<EntityType> type = Optional.empty();
            for (String a : alts) {
                type = typeOf(a + suffix);
                if (type.isPresent()) break;
            }
            String[] tail = suffix.strip().split("\\s+");
            if (type.isEmpty()) type = typeOf(tail[tail.length - 1]);
            if (type.isEmpty()) continue;
            int at = m.start(1);
            for (int i = 0; i < alts.length; i++) {
                int off = text.indexOf(alts[i], at);
                at = off + alts[i].length();
                int end = i == alts.length - 1 ? m.end(2) : off + alts[i].length();
                out.add(member(type.get(), text, field, off, end, alts[i] + suffix));
            }
        }
    }

    /** "BERT base and large", "Llama-2 7B and 13B": size words or sizes after a known model name. */
    private void sizeWords(String text, TextField field, List<Mention> known, List<Mention> out) {
        for (Mention k : known) {
            if (k.type() != EntityType.MODEL) continue;
            if (continuation(text, field, k, out)) continue;
            Matcher m = SIZE_WORDS.matcher(text);
            m.region(k.end(), text.length());
            if (!m.lookingAt() || !listEnds(text, m.end())) continue;
            String family = k.canonical() != null ? k.canonical() : k.text();
            String sep = "-";
            String first = m.group(2);
            if (first.matches(SIZE) && k.text().matches(".*\\d")
                    && m.group(1).equals("-")) continue; // "GPT-3-175B" is one name, not a list
            out.add(member(EntityType.MODEL, text, field, k.start(), m.end(2), family + sep + first));
            Matcher rest = MEMBER.matcher(m.group(3));
            int base = m.start(3);
            while (rest.find()) {
                String w = rest.group(1);
                if (w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) continue;
                out.add(member(EntityType.MODEL, text, field, base + rest.start(1), base + rest.end(1), family + sep + w));
            }
        }
    }

    /** Members after a known name that ends in a size itself; true when the name had that shape. */
    private boolean continuation(String text, TextField field, Mention k, List<Mention> out) {
        String name = k.canonical() != null ? k.canonical() : k.text();
        Matcher sized = SIZED_NAME.matcher(name);
        if (!sized.matches()) return false;
        Matcher c = CONTINUATION.matcher(text);
        c.region(k.end(), text.length());
        if (!c.lookingAt() || !listEnds(text, c.end())) return true;
        Matcher rest = MEMBER.matcher(c.group(1));
        int base = c.start(1);
        while (rest.find()) {
            String w = rest.group(1);
            if (w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) continue;
            out.add(member(EntityType.MODEL, text, field, base + rest.start(1), base + rest.end(1), sized.group(1) + "-" + w));
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    /** The type of the family written at [start, end): a known mention covering it, else the vocabulary. */
    private Optional<EntityType> familyType(List<Mention> known, int start, int end, String base) {
        for (Mention k : known) {
            if (k.start() <= start && k.end() > start && k.start() < end) return Optional.of(k.type());
        }
        return typeOf(base);
    }

    private Optional<EntityType> typeOf(String name) {
        for (VocabEntry e : vocabulary.lookup(name)) {
            if (e.type() != EntityType.MODEL_CLASS) return Optional.of(e.type());
        }
        return Optional.empty();
    }

    private static Mention member(EntityType type, String text, TextField field, int start, int end, String canonical) {
        return new Mention(type, text.substring(start, end), field, start, end, canonical, NAME, CONFIDENCE);
    }
}
