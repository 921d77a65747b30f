package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantitative claims: "8.3x faster than a Titan X GPU", "reduces communication cost by 64.8%", "1.5~5.3x",
 * "7ms/2ms", "twice as fast". A value needs a unit from {@code result-units.tsv}; ratios ("x", "times") are results
 * on their own, percentages and measures need a metric cue ({@code metrics.tsv}) nearby. Setup sizes and operating
 * points (bare counts, "7B", "100 MHz", "75% sparsity") are not results. The baseline comes from "than X",
 * "compared to X", "over X", ... after the value, and is linked to an earlier mention it overlaps.
 */
public final class NumericResultExtractor implements Extractor {
    public static final String NAME = "numeric-result";

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final String RANGE_SEP = "\\s?(?:~|--|-|\u2013|\u2014|to)\\s?";

    private record Unit(String written, String unit, String kind) {
    }

    private record Cue(Pattern pattern, String metric, String position) {
    }

    private record Dir(Pattern pattern, String suffix) {
    }

    private record Value(int start, int end, BigDecimal number, String unit, String kind) {
    }

    private final Map<String, Unit> units = new HashMap<>();
    private final Pattern valuePattern;
    private final Pattern wordPattern;
    private final Map<String, BigDecimal> numberWords = new HashMap<>();
    private final List<Cue> metricCues = new ArrayList<>();
    private final List<Dir> directions = new ArrayList<>();
    private final List<Pattern> setupAfter = new ArrayList<>();
    private final Pattern baselinePattern;

    public NumericResultExtractor() {
        List<String> unitAlternatives = new ArrayList<>();
        for (String[] r : PatternData.rows("result-units.tsv")) {
            units.put(r[0], new Unit(r[0], r[1], r[2]));
            unitAlternatives.add(r[0]);
        }
        unitAlternatives.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder ua = new StringBuilder();
        for (String u : unitAlternatives) ua.append(ua.length() == 0 ? "" : "|").append(Pattern.quote(u));
        String unit = "(?:" + ua + ")(?![\\p{L}\\p{N}])";
        String one = NUM + "(?:\\s?(?<u1>" + unit + "))?";
        valuePattern = Pattern.compile("(?<![\\p{L}\\p{N}.,\\-])(?<n1>" + NUM + ")(?:\\s?(?<u1>" + unit + "))?"
                + "(?:" + RANGE_SEP + "(?<n2>" + NUM + ")(?:\\s?(?<u2>" + unit + "))?)?"
                + "(?![\\p{N}])");
        StringBuilder wa = new StringBuilder();
        for (String[] r : PatternData.rows("number-words.tsv")) {
            numberWords.put(r[0], new BigDecimal(r[1]));
            String alt = r[2].equals("alone") ? Pattern.quote(r[0]) : Pattern.quote(r[0]) + "(?:\\s+times|-fold|\\s+fold)";
            wa.append(wa.length() == 0 ? "" : "|").append(alt);
        }
        wordPattern = Pattern.compile("(?<![\\p{L}])(?:" + wa + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        for (String[] r : PatternData.rows("metrics.tsv")) metricCues.add(new Cue(cuePattern(r[0]), r[1], r[2]));
        for (String[] r : PatternData.rows("result-directions.tsv")) directions.add(new Dir(cuePattern(r[0]), r[1]));
        for (String w : PatternData.words("setup-nouns.tsv")) setupAfter.add(Pattern.compile("^\\s*" + Pattern.quote(w) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE));
        StringBuilder ba = new StringBuilder();
        for (String w : PatternData.words("baseline-cues.tsv")) ba.append(ba.length() == 0 ? "" : "|").append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        baselinePattern = Pattern.compile("(?<![\\p{L}])(?<cue>" + ba + ")\\s+(?:(?:the|a|an|its|their|our)\\s+)?",
                Pattern.CASE_INSENSITIVE);
    }

    /** A cue phrase as a pattern; a trailing '*' matches the rest of the word. */
    static Pattern cuePattern(String cue) {
        boolean prefix = cue.endsWith("*");
        String c = prefix ? cue.substring(0, cue.length() - 1) : cue;
        String body = Pattern.quote(c).replace(" ", "\\E\\s+\\Q");
        String pre = Character.isLetterOrDigit(c.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String post = prefix ? "[\\p{L}-]*" : (Character.isLetterOrDigit(c.charAt(c.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "");
        return Pattern.compile(pre + body + post, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
            for (Sentences.Span s : Sentences.split(text)) sentence(text, s, field, findings);
        }
    }

    private void sentence(String text, Sentences.Span s, TextField field, Findings findings) {
        List<Value> values = values(text, s);
        // slash lists: "7ms/2ms", "5,555x/85x"
        List<List<Value>> groups = new ArrayList<>();
        for (Value v : values) {
            if (!groups.isEmpty()) {
                List<Value> last = groups.get(groups.size() - 1);
                Value prev = last.get(last.size() - 1);
                if (text.substring(prev.end(), v.start()).strip().equals("/")) {
                    last.add(v);
                    continue;
                }
            }
            List<Value> g = new ArrayList<>();
            g.add(v);
            groups.add(g);
        }
        String[] metrics = new String[groups.size()];
        for (int gi = groups.size() - 1; gi >= 0; gi--) {
            List<Value> group = groups.get(gi);
            int nextStart = gi + 1 < groups.size() ? groups.get(gi + 1).get(0).start() : s.end();
            int prevEnd = gi > 0 ? lastOf(groups.get(gi - 1)).end() : s.start();
            boolean[] fromAfter = new boolean[1];
            metrics[gi] = metric(text, s, group.get(0).start(), lastOf(group).end(), prevEnd, nextStart, fromAfter);
            // "saves 45% and 47% computational cost": coordinated values share the metric that follows the last one
            if (!fromAfter[0] && gi + 1 < groups.size() && metrics[gi + 1] != null
                    && COORDINATION.matcher(text.substring(lastOf(group).end(), nextStart)).matches()) {
                metrics[gi] = metrics[gi + 1];
            }
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            List<Value> group = groups.get(gi);
            Value first = group.get(0), lastV = group.get(group.size() - 1);
            String metric = metrics[gi];
            if (isSetup(text, lastV.end(), first.start())) continue;
            if (metric == null && !first.kind().equals("ratio")) continue;
            double conf = metric == null ? 0.45 : (first.kind().equals("measure") ? 0.6 : 0.75);
            if (metric == null) metric = "improvement";
            String[] baseline = baseline(text, lastV.end(), s.end(), group.size());
            for (int k = 0; k < group.size(); k++) {
                Value v = group.get(k);
                String b = baseline == null ? null : baseline[Math.min(k, baseline.length - 1)];
                Mention be = null;
                if (b != null) {
                    int bs = text.indexOf(b, lastV.end());
                    for (Mention m : findings.mentions()) {
                        if (m.field() == field && bs >= 0 && m.start() < bs + b.length() && bs < m.end()) { be = m; break; }
                    }
                }
                findings.addResult(new ResultFinding(metric, text.substring(v.start(), v.end()), v.number(), v.unit(), b, be,
                        field, v.start(), v.end(), NAME, conf));
            }
        }
    }

    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:about|around|up to|nearly|approximately|over|~)?\\s*");

    private static Value lastOf(List<Value> g) {
        return g.get(g.size() - 1);
    }

    private List<Value> values(String text, Sentences.Span s) {
        List<Value> out = new ArrayList<>();
        Matcher m = valuePattern.matcher(text).region(s.start(), s.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            String u = m.group("u2") != null ? m.group("u2") : m.group("u1");
            if (u == null) continue;
            int end = m.end();
            // "3x3 convolution", "2x faster" vs "4x4": a unit "x" directly followed by a digit is a dimension
            if (end < text.length() && Character.isDigit(text.charAt(end))) continue;
            // a range needs its separator between two numbers, not a hyphenated word ("5-shot")
            Unit unit = units.get(u);
            BigDecimal n = new BigDecimal(m.group("n1").replace(",", ""));
            // trim trailing blanks
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
            out.add(new Value(m.start(), end, n, unit.unit(), unit.kind()));
        }
        Matcher w = wordPattern.matcher(text).region(s.start(), s.end());
        while (w.find()) {
            String first = w.group().toLowerCase(Locale.ROOT).split("[\\s-]")[0];
            out.add(new Value(w.start(), w.end(), numberWords.get(first), "x", "ratio"));
        }
        out.sort(Comparator.comparingInt(Value::start));
        return out;
    }

    private boolean isSetup(String text, int valueEnd, int valueStart) {
        String after = text.substring(valueEnd, Math.min(text.length(), valueEnd + 30)).toLowerCase(Locale.ROOT);
        for (Pattern p : setupAfter) if (p.matcher(after).find()) return true;
        // "at 75%", "with 50% of": an operating point
        String before = text.substring(Math.max(0, valueStart - 6), valueStart).toLowerCase(Locale.ROOT);
        return before.endsWith("at ") && !before.endsWith("that ");
    }

    /**
     * The metric: the nearest cue after the value (within ~30 characters, before the next value) beats the nearest
     * before it (within ~80 characters, after the previous value); a direction word nearby adds "reduction",
     * "improvement", ... to a subject metric.
     */
    private String metric(String text, Sentences.Span s, int vStart, int vEnd, int prevEnd, int nextStart, boolean[] fromAfter) {
        int afterEnd = Math.min(Math.min(s.end(), nextStart), vEnd + 40);
        int beforeStart = Math.max(Math.max(s.start(), prevEnd), vStart - 90);
        String after = text.substring(vEnd, afterEnd);
        String before = text.substring(beforeStart, vStart);
        Cue bestA = null;
        int distA = Integer.MAX_VALUE;
        for (Cue c : metricCues) {
            if (c.position().equals("before")) continue;
            Matcher m = c.pattern().matcher(after);
            if (m.find() && m.start() < 30) {
                int d = m.start();
                if (d < distA || d == distA && c.metric().length() > bestA.metric().length()) {
                    bestA = c; distA = d;
                }
            }
        }
        Cue best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Cue c : metricCues) {
            if (!c.position().equals("after")) {
                Matcher m = c.pattern().matcher(before);
                int last = -1;
                while (m.find()) last = m.end();
                if (last >= 0) {
                    int d = before.length() - last;
                    if (d < bestDist || d == bestDist && best != null && c.metric().length() > best.metric().length()) {
                        best = c; bestDist = d;
                    }
                }
            }
        }
        // a cue right after the value ("8.3x faster") wins; otherwise the nearer of the two
        if (bestA != null && (distA <= 12 || distA < bestDist || best == null)) {
            best = bestA;
            fromAfter[0] = true;
        }
        if (best == null) return null;
        String metric = best.metric();
        if (isDirectionOnly(metric)) {
            // a generic "reduction"/"improvement": look for a subject cue before the value ("reduces latency by 30%")
            // "5,555x improvement in throughput" / "reduces latency by 30%"
            String subject = fromAfter[0] ? subjectAfter(after) : null;
            if (subject == null) subject = subjectBefore(before);
            if (subject != null) return subject + " " + metric;
            return metric;
        }
        if (!hasDirection(metric)) {
            String window = before.substring(Math.max(0, before.length() - 50)) + " " + after.substring(0, Math.min(after.length(), 30));
            for (Dir d : directions) {
                if (d.pattern().matcher(window).find()) return metric + " " + d.suffix();
            }
        }
        return metric;
    }

    private static boolean isDirectionOnly(String metric) {
        return metric.equals("improvement") || metric.equals("reduction") || metric.equals("saving");
    }

    private static boolean hasDirection(String metric) {
        return metric.endsWith("improvement") || metric.endsWith("reduction") || metric.endsWith("saving")
                || metric.endsWith("increase") || metric.endsWith("drop") || metric.equals("speedup");
    }

    private String subjectAfter(String after) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Cue c : metricCues) {
            if (isDirectionOnly(c.metric()) || c.position().equals("before")) continue;
            Matcher m = c.pattern().matcher(after);
            if (m.find() && m.start() < 30 && m.start() < bestStart) { bestStart = m.start(); best = c.metric(); }
        }
        return best;
    }

    private String subjectBefore(String before) {
        String best = null;
        int bestEnd = -1;
        for (Cue c : metricCues) {
            if (isDirectionOnly(c.metric()) || c.position().equals("after")) continue;
            Matcher m = c.pattern().matcher(before);
            while (m.find()) {
                if (m.end() > bestEnd) { bestEnd = m.end(); best = c.metric(); }
            }
        }
        return best;
    }

    /** Baseline names after the value: "than a Titan X GPU", "over GPU/WSE" (one per slash-list position). */
    private String[] baseline(String text, int from, int sentenceEnd, int groupSize) {
        int limit = Math.min(sentenceEnd, from + 120);
        Matcher m = baselinePattern.matcher(text).region(from, limit);
        while (m.find()) {
            String cue = m.group("cue").toLowerCase(Locale.ROOT);
            if (cue.equals("of") && groupSize < 2) continue;
            if (cue.equals("of") && m.start() - from > 3) continue;
            String between = text.substring(from, m.start());
            if (between.contains(";") || between.contains(":")) return null;
            String name = phraseAt(text, m.end(), limit);
            if (name == null) continue;
            if (groupSize > 1 && name.contains("/")) {
                String[] parts = name.split("/");
                if (parts.length == groupSize) {
                    for (int i = 0; i < parts.length; i++) parts[i] = parts[i].strip();
                    return parts;
                }
            }
            return new String[]{name};
        }
        return null;
    }

    private static final java.util.Set<String> PHRASE_STOPS = java.util.Set.of("and", "while", "with", "on", "in", "for",
            "at", "when", "which", "that", "by", "across", "under", "using", "without", "respectively", "to", "as",
            "is", "are", "was", "were", "from", "of", "but", "or", "through", "during", "within", "per", "up");

    /** A noun phrase of up to six words starting at {@code start}, ending before punctuation or a function word. */
    private static String phraseAt(String text, int start, int limit) {
        Matcher w = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-/+]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|\\S").matcher(text).region(start, limit);
        int end = start, count = 0;
        while (w.find() && count < 6) {
            if (w.start() != end && !text.substring(end, w.start()).isBlank()) break;
            String t = w.group();
            if (!Character.isLetterOrDigit(t.charAt(0))) break;
            if (PHRASE_STOPS.contains(t.toLowerCase(Locale.ROOT))) break;
            end = w.end();
            count++;
        }
        if (count == 0) return null;
        String p = text.substring(start, end);
        if (p.matches("[\\d.,]+.*") && !p.matches(".*\\p{L}{2,}.*")) return null;
        return p;
    }
}
