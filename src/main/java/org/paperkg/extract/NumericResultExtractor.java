package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final String MONEY = "$";
    private static final Pattern MONEY_VALUE = Pattern.compile("\\$\\s?(" + "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + ")(?:\\s?(?:[KMB](?![\\p{L}])|million|billion|thousand))?");
    /** "improves the energy efficiency by", "reduce the area by about": the value measures that subject. */
    private static final Pattern VERB_BY = Pattern.compile("(?i)(?<![\\p{L}])(?<verb>improv|reduc|increas|decreas|boost|cut|lower|rais|accelerat|speed(?:s|ing)? up|shrink|sav|enhanc)"
            + "[\\p{L}]*\\s+(?:the\\s+|its\\s+|their\\s+|our\\s+)?(?<np>[\\p{L}][\\p{L}\\p{N}\\-]*(?:\\s+[\\p{L}][\\p{L}\\p{N}\\-]*){0,6}?)"
            + "\\s+by\\s+(?:(?:about|around|roughly|approximately|up to|an average of|on average|nearly|over|more than|at least|as much as|almost)\\s+)*$");
    /** "the actual runtime can be reduced up to": passive form of the same. */
    private static final Pattern PASSIVE_BY = Pattern.compile("(?i)(?<np>[\\p{L}][\\p{L}\\p{N}\\-]*(?:\\s+[\\p{L}][\\p{L}\\p{N}\\-]*){0,2})\\s+"
            + "(?:can be|could be|is|are|was|were|gets|get)\\s+(?<verb>improv|reduc|increas|decreas|boost|cut|lower|accelerat|shrunk|sav)[\\p{L}]*"
            + "\\s+(?:by\\s+)?(?:(?:about|around|roughly|approximately|up to|an average of|on average|nearly|over|more than|at least|as much as|almost)\\s+)*$");
    private static final java.util.Set<String> NP_CUT = java.util.Set.of("on", "of", "in", "for", "at", "with", "across", "during",
            "when", "while", "to", "from", "and", "over", "compared", "than", "under");
    private static final String RANGE_SEP = "\\s?(?:~|--|-|\u2013|\u2014|to)\\s?";

    /** A unit; a measure's {@code defaultMetric} applies when no cue metric contains one of its {@code fitting} words. */
    private record Unit(String written, String unit, String kind, String defaultMetric, List<String> fitting) {
    }

    /** A metric cue; a window whose fold lacks its phrase's piece is not searched. */
    private record Cue(CuePhrase phrase, String metric, String position) {
    }

    private record Dir(CuePhrase phrase, String suffix) {
    }

    private record Value(int start, int end, BigDecimal number, String unit, String kind, Unit def) {
    }

    private final Map<String, Unit> units = new HashMap<>();
    private final Pattern valuePattern;
    private final Pattern wordPattern;
    private final Map<String, BigDecimal> numberWords = new HashMap<>();
    /** Folded pieces one of which every match of {@code wordPattern} holds ("twice", or "times"/"fold" after a number). */
    private final Set<String> numberWordPieces = new LinkedHashSet<>();
    private final List<Cue> metricCues = new ArrayList<>();
    private final List<Dir> directions = new ArrayList<>();
    private final List<Pattern> setupAfter = new ArrayList<>();
    private final Pattern baselinePattern;

    public NumericResultExtractor() {
        List<String> unitAlternatives = new ArrayList<>();
        for (String[] r : PatternData.rows("result-units.tsv")) {
            Unit u = new Unit(r[0], r[1], r[2], r.length > 3 ? r[3] : null, r.length > 4 ? List.of(r[4].split(",")) : List.of());
            units.put(r[0], u);
            if (!r[0].equals(MONEY)) unitAlternatives.add(r[0]); // money is written before its number
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
            if (r[2].equals("alone")) numberWordPieces.add(CaseFold.fold(r[0]));
            else numberWordPieces.addAll(List.of("times", "fold"));
            wa.append(wa.length() == 0 ? "" : "|").append(alt);
        }
        wordPattern = Pattern.compile("(?<![\\p{L}])(?:" + wa + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        for (String[] r : PatternData.rows("metrics.tsv")) metricCues.add(new Cue(CuePhrase.of(r[0]), r[1], r[2]));
        for (String[] r : PatternData.rows("result-directions.tsv")) directions.add(new Dir(CuePhrase.of(r[0]), r[1]));
        for (String w : PatternData.words("setup-nouns.tsv")) setupAfter.add(Pattern.compile("^\\s*" + Pattern.quote(w) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE));
        StringBuilder ba = new StringBuilder();
        for (String w : PatternData.words("baseline-cues.tsv")) ba.append(ba.length() == 0 ? "" : "|").append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        baselinePattern = Pattern.compile("(?<![\\p{L}])(?<cue>" + ba + ")\\s+(?:(?:the|a|an|its|their|our)\\s+)?",
                Pattern.CASE_INSENSITIVE);
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
            for (Sentences.Span s : doc.sentences(field)) sentence(text, s, field, findings);
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
        boolean[] subjects = new boolean[groups.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            int prevEnd = gi > 0 ? lastOf(groups.get(gi - 1)).end() : s.start();
            String before = text.substring(Math.max(prevEnd, groups.get(gi).get(0).start() - 90), groups.get(gi).get(0).start());
            String subject = verbSubject(before);
            subjects[gi] = subject != null;
            if (subject != null) metrics[gi] = subject;
            else if (metrics[gi] == null && gi > 0 && metrics[gi - 1] != null
                    && LIST_CONTINUATION.matcher(text.substring(prevEnd, groups.get(gi).get(0).start())).matches()) {
                // "... latency of 7ms/2ms, 84ms/33ms, and 202ms/73ms": later items of a list share the first's metric
                metrics[gi] = metrics[gi - 1];
            }
            Value head = groups.get(gi).get(0);
            if (head.def() != null && head.def().defaultMetric() != null && (metrics[gi] == null || !fits(metrics[gi], head.def()))) {
                metrics[gi] = head.def().defaultMetric();
            }
            // "4.0% and 9.5% aggregate improvement", "2.4% improvement in world knowledge": the words around a bare direction
            if (metrics[gi] != null && isDirectionOnly(metrics[gi])) {
                String qualified = qualifiedDirection(text, lastOf(groups.get(gi)).end(), gi + 1 < groups.size()
                        ? groups.get(gi + 1).get(0).start() : s.end(), metrics[gi]);
                if (qualified != null) metrics[gi] = qualified;
            }
            // "249,960 tokens/s (5,555x/85x of GPU/WSE)": ratios in brackets after a measure compare that measure
            if (gi > 0 && groups.get(gi).get(0).kind().equals("ratio") && metrics[gi - 1] != null
                    && lastOf(groups.get(gi - 1)).kind().equals("measure")
                    && text.substring(prevEnd, groups.get(gi).get(0).start()).strip().equals("(")) {
                metrics[gi] = metrics[gi - 1] + " improvement";
            }
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            List<Value> group = groups.get(gi);
            Value first = group.get(0), lastV = group.get(group.size() - 1);
            String metric = metrics[gi];
            // a measure is what its unit measures unless a fitting cue says more ("inference latency", not "speedup")
            if (first.def() != null && first.def().defaultMetric() != null && (metric == null || !fits(metric, first.def()))) {
                metric = first.def().defaultMetric();
            }
            // "accuracy (from 15% to 90%)": the claim is the value reached
            if (gi + 1 < groups.size() && FROM_BEFORE.matcher(text.substring(Math.max(s.start(), first.start() - 6), first.start())).find()
                    && TO_BETWEEN.matcher(text.substring(lastV.end(), groups.get(gi + 1).get(0).start())).matches()) continue;
            if (isSetup(text, lastV.end(), first.start())) continue;
            if (metric == null && !first.kind().equals("ratio")) continue;
            // calibrated on what goes wrong: a bare "improvement" without a subject is right less often than a
            // named metric; a subject read off "reduces the area by" is the most reliable
            double conf = metric == null ? 0.45 : isDirectionOnly(metric) ? 0.5 : metrics[gi] != null && metrics[gi].equals(metric)
                    && subjects[gi] ? 0.8 : first.kind().equals("measure") ? 0.65 : 0.75;
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

    private static final Pattern LIST_CONTINUATION = Pattern.compile("[^.;:()]{0,60}", Pattern.DOTALL);
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s*$");
    private static final Pattern TO_BETWEEN = Pattern.compile("(?i)\\s*(?:to|up to)\\s*");

    private static final Pattern DIRECTION_AFTER = Pattern.compile(
            "(?i)^\\s*(?<pre>(?:[\\p{L}][\\p{L}\\-]*\\s+){0,2}?)(?<dir>improvements?|reductions?|gains?|savings?)"
            + "(?:\\s+(?:in|on|of)\\s+(?<post>[\\p{L}][\\p{L}\\-&]*(?:\\s+(?!and\\b|or\\b|over\\b|compared\\b|than\\b|with\\b)[\\p{L}&][\\p{L}\\-&]*){0,3}))?");
    private static final java.util.Set<String> NOT_METRIC_WORDS = java.util.Set.of("and", "or", "an", "a", "the", "of",
            "average", "on", "relative", "absolute", "significant", "consistent", "overall", "further", "additional");

    /** "V aggregate improvement" gives "aggregate improvement"; "V improvement in language understanding" likewise. */
    private static String qualifiedDirection(String text, int from, int to, String direction) {
        if (from >= to) return null;
        Matcher m = DIRECTION_AFTER.matcher(text.substring(from, to));
        if (!m.find()) return null;
        String pre = m.group("pre").strip().toLowerCase(Locale.ROOT);
        for (String w : pre.split("\\s+")) if (NOT_METRIC_WORDS.contains(w)) pre = "";
        String post = m.group("post") == null ? "" : m.group("post").strip().toLowerCase(Locale.ROOT);
        String subject = !post.isEmpty() ? post : pre;
        if (subject.isEmpty()) return null;
        return subject + " " + direction;
    }

    private static boolean fits(String metric, Unit u) {
        for (String w : u.fitting()) if (metric.contains(w)) return true;
        return false;
    }

    /** The subject of "reduces the area by" / "runtime can be reduced up to", with its direction, or null. */
    static String verbSubject(String before) {
        Matcher m = VERB_BY.matcher(before);
        boolean passive = false;
        if (!m.find()) {
            m = PASSIVE_BY.matcher(before);
            if (!m.find()) return null;
            passive = true;
        }
        String[] words = m.group("np").toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder np = new StringBuilder();
        for (String w : words) {
            if (NP_CUT.contains(w)) break;
            if (np.length() == 0 && (w.equals("the") || w.equals("its") || w.equals("their") || w.equals("our") || w.equals("actual"))) continue;
            np.append(np.length() == 0 ? "" : " ").append(w);
        }
        if (np.length() == 0 || np.toString().matches("(?:it|this|that|them|performance by)")) return null;
        if (passive && words.length > 0 && np.toString().split(" ").length > 3) return null;
        String verb = m.group("verb").toLowerCase(Locale.ROOT);
        String dir = verb.startsWith("accelerat") || verb.startsWith("speed") ? "speedup"
                : verb.startsWith("increas") || verb.startsWith("rais") ? "increase"
                : verb.startsWith("improv") || verb.startsWith("boost") || verb.startsWith("enhanc") ? "improvement"
                : verb.startsWith("sav") ? "saving" : "reduction";
        return np + " " + dir;
    }

    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:about|around|up to|nearly|approximately|over|~)?\\s*");

    private static Value lastOf(List<Value> g) {
        return g.get(g.size() - 1);
    }

    /** Whether the sentence can hold a number word ("twice", "three times"): most do not, so the pattern is spared. */
    private boolean mayHoldNumberWord(String text, Sentences.Span s) {
        String folded = CaseFold.fold(text, s.start(), s.end());
        for (String piece : numberWordPieces) if (folded.contains(piece)) return true;
        return false;
    }

    private static boolean hasDigit(String text, Sentences.Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private void numbersAndMoney(String text, Sentences.Span s, List<Value> out) {
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
            // "from 15% to 90%" is a change, not a range: the claim is the value reached
            if (m.group("n2") != null && FROM_BEFORE.matcher(text.substring(Math.max(s.start(), m.start() - 6), m.start())).find()
                    && text.substring(m.start(), m.end()).contains("to")) {
                n = new BigDecimal(m.group("n2").replace(",", ""));
            }
            // "Our hypothesis is two-fold:" / "3x:" introduces a list, it is not a claim
            if (end < text.length() && text.charAt(end) == ':') continue;
            // trim trailing blanks
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
            out.add(new Value(m.start(), end, n, unit.unit(), unit.kind(), unit));
        }
        Matcher money = MONEY_VALUE.matcher(text).region(s.start(), s.end());
        while (money.find()) {
            Unit unit = units.get(MONEY);
            if (unit == null) break;
            out.add(new Value(money.start(), money.end(), new BigDecimal(money.group(1).replace(",", "")), unit.unit(), unit.kind(), unit));
        }
    }

    private List<Value> values(String text, Sentences.Span s) {
        List<Value> out = new ArrayList<>();
        // numbers and money amounts need an ASCII digit (\\d): most sentences have none, so skip both patterns
        if (hasDigit(text, s)) numbersAndMoney(text, s, out);
        Matcher w = wordPattern.matcher(text).region(s.start(), s.end());
        boolean numberWordsHere = mayHoldNumberWord(text, s);
        while (numberWordsHere && w.find()) {
            if (w.end() < text.length() && text.charAt(w.end()) == ':') continue;
            String first = w.group().toLowerCase(Locale.ROOT).split("[\\s-]")[0];
            out.add(new Value(w.start(), w.end(), numberWords.get(first), "x", "ratio", null));
        }
        // The three matchers (numbers with units, money, number words) can claim overlapping text on real abstracts:
        // keep the earliest, then longest, value and drop what overlaps it, so values are disjoint and in order.
        out.sort(Comparator.comparingInt(Value::start).thenComparing(Comparator.comparingInt(Value::end).reversed()));
        List<Value> disjoint = new ArrayList<>(out.size());
        int lastEnd = -1;
        for (Value v : out) {
            if (v.start() < lastEnd) continue;
            disjoint.add(v);
            lastEnd = v.end();
        }
        return disjoint;
    }

    private static final Pattern AT_RESULT = Pattern.compile(
            "^\\s*(?:[\\p{L}\\-]+\\s+){0,2}(?:reduction|speedup|speed-up|improvement|saving|faster|lower|higher|fewer|less|smaller)\\b");

    private boolean isSetup(String text, int valueEnd, int valueStart) {
        String after = text.substring(valueEnd, Math.min(text.length(), valueEnd + 30)).toLowerCase(Locale.ROOT);
        for (Pattern p : setupAfter) if (p.matcher(after).find()) return true;
        // "at 75%", "with 50% of": an operating point
        String before = text.substring(Math.max(0, valueStart - 6), valueStart).toLowerCase(Locale.ROOT);
        if (AT_RESULT.matcher(after).find()) return false; // "at 1.15x FLOPs reduction" states a result
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
        // most of the cues occur in neither window: a literal test first
        String afterFolded = CaseFold.fold(after), beforeFolded = CaseFold.fold(before);
        Cue bestA = null;
        int distA = Integer.MAX_VALUE;
        for (Cue c : metricCues) {
            if (c.position().equals("before") || !c.phrase().mayOccurIn(afterFolded)) continue;
            CuePhrase.Scan m = c.phrase().scan(after, afterFolded);
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
            if (!c.position().equals("after") && c.phrase().mayOccurIn(beforeFolded)) {
                int last = c.phrase().scan(before, beforeFolded).lastEnd();
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
            String subject = fromAfter[0] ? subjectAfter(after, afterFolded) : null;
            if (subject == null) subject = subjectBefore(before, beforeFolded);
            if (subject != null) return subject + " " + metric;
            return metric;
        }
        if (!hasDirection(metric)) {
            String window = before.substring(Math.max(0, before.length() - 50)) + " " + after.substring(0, Math.min(after.length(), 30));
            String windowFolded = CaseFold.fold(window);
            for (Dir d : directions) {
                if (d.phrase().mayOccurIn(windowFolded) && d.phrase().scan(window, windowFolded).find()) return metric + " " + d.suffix();
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

    private String subjectAfter(String after, String afterFolded) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Cue c : metricCues) {
            if (isDirectionOnly(c.metric()) || c.position().equals("before") || !c.phrase().mayOccurIn(afterFolded)) continue;
            CuePhrase.Scan m = c.phrase().scan(after, afterFolded);
            if (m.find() && m.start() < 30 && m.start() < bestStart) { bestStart = m.start(); best = c.metric(); }
        }
        return best;
    }

    private String subjectBefore(String before, String beforeFolded) {
        String best = null;
        int bestEnd = -1;
        for (Cue c : metricCues) {
            if (isDirectionOnly(c.metric()) || c.position().equals("after") || !c.phrase().mayOccurIn(beforeFolded)) continue;
            int last = c.phrase().scan(before, beforeFolded).lastEnd();
            if (last > bestEnd) { bestEnd = last; best = c.metric(); }
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

    private static final Pattern PHRASE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-/+]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|\\S");

    /** A noun phrase of up to six words starting at {@code start}, ending before punctuation or a function word. */
    private static String phraseAt(String text, int start, int limit) {
        Matcher w = PHRASE_WORD.matcher(text).region(start, limit);
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
