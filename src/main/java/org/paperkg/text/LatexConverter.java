package org.paperkg.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the LaTeX that authors paste into arXiv abstracts into the text it prints: {@code $3.2\times$} → "3.2x",
 * {@code \textit{SparseTrain}} → "SparseTrain", {@code {\Psi}} → "Ψ", {@code \%} → "%". What each command prints
 * is data ({@code ontology/text/latex-commands.tsv}); a command the table does not know prints its own name, so
 * no word of the abstract is lost. Braces that carry meaning in plain text stay: "ResNet-{18, 34, 50}" is an
 * enumeration the extractors expand. A lone '$' (a price: "$20") is not taken for math.
 */
final class LatexConverter {
    enum Kind { TEMPLATE, GLUE, ONEDOT, ACCENT }

    record Command(String name, Kind kind, int args, String output) {
    }

    /** Longest inline math considered; a '$' without a close partner this near is a currency sign. */
    private static final int MAX_MATH = 160;

    private final Map<String, Command> commands;

    LatexConverter(List<Command> table) {
        Map<String, Command> m = new HashMap<>();
        for (Command c : table) m.put(c.name(), c);
        this.commands = Map.copyOf(m);
    }

    static LatexConverter standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final LatexConverter STANDARD = new LatexConverter(load());

        private static List<Command> load() {
            return TextData.rows("latex-commands.tsv").stream().map(r -> {
                if (r.length != 4) throw new IllegalStateException("latex-commands.tsv: expected 4 columns: " + String.join("|", r));
                return new Command(r[0], Kind.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(r[2]), r[3]);
            }).toList();
        }
    }

    String convert(String s) {
        StringBuilder out = new StringBuilder(s.length());
        convert(s, 0, s.length(), false, out);
        return out.toString();
    }

    private void convert(String s, int from, int to, boolean math, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = command(s, i, to, math, out);
            } else if (c == '$' && !math) {
                i = dollar(s, i, to, out);
            } else if (c == '{') {
                i = group(s, i, to, math, out);
            } else if (math && c == '_') {
                i++; // subscripts print inline: F$_1$ -> F1, $\text{AP}_{50}$ -> AP50
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** A '$' opening inline math when a plausible closing '$' follows; otherwise a literal dollar sign. */
    private int dollar(String s, int i, int to, StringBuilder out) {
        boolean display = i + 1 < to && s.charAt(i + 1) == '$';
        int open = display ? i + 2 : i + 1;
        int close = findDollar(s, open, Math.min(to, open + MAX_MATH));
        if (close > open && plausibleMath(s, open, close, to)) {
            StringBuilder inner = new StringBuilder();
            convert(s, open, close, true, inner);
            out.append(inner.toString().strip());
            int after = close + 1;
            if (display && after < to && s.charAt(after) == '$') after++;
            return after;
        }
        out.append('$');
        return i + 1;
    }

    private static int findDollar(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = s.charAt(j);
            if (c == '\\') j++;
            else if (c == '$') return j;
        }
        return -1;
    }

    /**
     * Math holds LaTeX, or closes tight against its content ("$x$") and is not followed by a digit ("$20 and $30"
     * are prices).
     */
    private static boolean plausibleMath(String s, int open, int close, int to) {
        String inner = s.substring(open, close);
        if (inner.indexOf('\\') >= 0 || inner.indexOf('^') >= 0 || inner.indexOf('_') >= 0 || inner.indexOf('{') >= 0) return true;
        // "$>$3%", "$+$18%", "$<$5ms": a lone operator is math even right before a digit; no price reads "$>$3"
        if (inner.length() <= 2 && inner.chars().allMatch(ch -> "<>=+-~*/|".indexOf(ch) >= 0)) return true;
        if (close + 1 < to && Character.isDigit(s.charAt(close + 1))) return false;
        return inner.length() <= 40 && !Character.isWhitespace(inner.charAt(inner.length() - 1))
                && !Character.isWhitespace(inner.charAt(0)) && !inner.contains(". ");
    }

    private int command(String s, int i, int to, boolean math, StringBuilder out) {
        if (i + 1 >= to) return to; // a trailing backslash prints nothing
        char next = s.charAt(i + 1);
        int j = i + 1;
        String name;
        if (isAsciiLetter(next)) {
            while (j < to && isAsciiLetter(s.charAt(j))) j++;
            name = s.substring(i + 1, j);
        } else {
            name = String.valueOf(next);
            j = i + 2;
        }
        if (!math && (name.equals("(") || name.equals("["))) {
            String closer = name.equals("(") ? "\\)" : "\\]";
            int end = s.indexOf(closer, j);
            if (end >= 0 && end <= to && end - j <= MAX_MATH) {
                StringBuilder inner = new StringBuilder();
                convert(s, j, end, true, inner);
                out.append(inner.toString().strip());
                return end + 2;
            }
        }
        Command cmd = commands.get(name);
        if (cmd == null) return unknown(s, name, j, to, math, out);
        return switch (cmd.kind()) {
            case TEMPLATE -> template(s, cmd, j, to, math, out);
            case GLUE -> glue(s, cmd, j, to, out);
            case ONEDOT -> {
                String o = cmd.output();
                if (j < to && s.charAt(j) == '.' && o.endsWith(".")) o = o.substring(0, o.length() - 1);
                out.append(o);
                yield j;
            }
            case ACCENT -> accent(s, cmd, j, to, math, out);
        };
    }

    /** An undefined macro: "\method" prints "method"; "\name{X}" prints X; "\~" before a digit is a tilde. */
    private int unknown(String s, String name, int j, int to, boolean math, StringBuilder out) {
        if (!isAsciiLetter(name.charAt(0))) {
            out.append(name);
            return j;
        }
        if (j < to && s.charAt(j) == '{') {
            int close = matching(s, j, to);
            if (close > j + 1) {
                convert(s, j + 1, close, math, out);
                return close + 1;
            }
            out.append(name);
            return close > j ? close + 1 : j;
        }
        out.append(name);
        return j;
    }

    private int template(String s, Command cmd, int j, int to, boolean math, StringBuilder out) {
        String[] args = new String[cmd.args()];
        for (int k = 0; k < cmd.args(); k++) {
            int p = skipBlanks(s, j, to);
            if (k == 0 && p < to && s.charAt(p) == '[') { // optional argument (\sqrt[3]{x}): read past it
                int close = s.indexOf(']', p);
                if (close > 0 && close < to) p = skipBlanks(s, close + 1, to);
            }
            if (p >= to) {
                args[k] = "";
                j = p;
                continue;
            }
            StringBuilder a = new StringBuilder();
            if (s.charAt(p) == '{') {
                int close = matching(s, p, to);
                convert(s, p + 1, close, math, a);
                j = Math.min(to, close + 1);
            } else if (s.charAt(p) == '\\') {
                j = command(s, p, to, math, a);
            } else {
                a.append(s.charAt(p));
                j = p + 1;
            }
            args[k] = a.toString();
        }
        String o = cmd.output();
        if (cmd.name().equals("unicode")) o = codePoint(args[0]); // MathJax's unicode command prints the code point
        for (int k = 0; k < args.length; k++) o = o.replace("{" + (k + 1) + "}", args[k]);
        out.append(o);
        return j;
    }

    private static String codePoint(String arg) {
        String a = arg.strip();
        try {
            int cp = a.startsWith("x") || a.startsWith("X") ? Integer.parseInt(a.substring(1), 16) : Integer.parseInt(a);
            return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? Character.toString(cp) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** "2.7 \times" prints "2.7x" and "3 \times 3" prints "3x3": the operator sits tight against numbers. */
    private static int glue(String s, Command cmd, int j, int to, StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) end--;
        if (end < out.length() && end > 0 && !Character.isLetter(out.charAt(end - 1))) out.setLength(end);
        out.append(cmd.output());
        int p = skipBlanks(s, j, to);
        return p < to && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.') ? p : j;
    }

    private int accent(String s, Command cmd, int j, int to, boolean math, StringBuilder out) {
        int p = j;
        if (isAsciiLetter(cmd.name().charAt(0))) p = skipBlanks(s, j, to);
        if (p >= to) return p;
        char c = s.charAt(p);
        if (c == '{') {
            int close = matching(s, p, to);
            StringBuilder a = new StringBuilder();
            convert(s, p + 1, close, math, a);
            out.append(a).append(cmd.output());
            return Math.min(to, close + 1);
        }
        if (Character.isLetter(c)) {
            out.append(c).append(cmd.output());
            return p + 1;
        }
        // "\~10%" is an escaped tilde, not an accent
        out.append(cmd.name());
        return j;
    }

    /**
     * A brace group. In math it only groups. In text it is dropped around one word or a command ("{original}",
     * "{\\Psi}") and kept around anything else, which is what a reader sees: enumerations ("ResNet-{18, 34}"),
     * sets ("{-1, 1}"), digits joined to digits ("1{255}").
     */
    private int group(String s, int i, int to, boolean math, StringBuilder out) {
        int close = matching(s, i, to);
        if (close >= to) {
            out.append('{');
            return i + 1;
        }
        boolean keep = !math && keepsBraces(s, i, close);
        if (keep) out.append('{');
        convert(s, i + 1, close, math, out);
        if (keep) out.append('}');
        return close + 1;
    }

    private static boolean keepsBraces(String s, int open, int close) {
        String inner = s.substring(open + 1, close);
        if (inner.isEmpty() || inner.indexOf('\\') >= 0) return false;
        char before = open > 0 ? s.charAt(open - 1) : ' ';
        if (Character.isDigit(before) && Character.isDigit(inner.charAt(0))) return true;
        return !isOneWord(inner);
    }

    /** A TeX group around one word ("{original}", "CIFAR-{10}") only groups; braces around more are written braces. */
    private static boolean isOneWord(String inner) {
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '_' && c != '\'') return false;
        }
        return true;
    }

    /** Index of the '}' closing the '{' at {@code open}, or {@code to} when it is never closed. */
    private static int matching(String s, int open, int to) {
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        return to;
    }

    private static int skipBlanks(String s, int j, int to) {
        while (j < to && Character.isWhitespace(s.charAt(j))) j++;
        return j;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
