package org.paperkg.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw abstract text into the text that is stored and that every offset points into: Unicode NFC, LaTeX math
 * and formatting commands reduced to what they print, line breaks and runs of blanks collapsed to one space.
 * Cleaning happens once, before extraction, so no offset ever needs mapping back.
 */
public final class TextCleaner {
    private static final Pattern LATEX_COMMENT = Pattern.compile("(?<!\\\\)%[a-zA-Z][^\\n]*$", Pattern.MULTILINE);
    private static final Pattern TIMES = Pattern.compile("\\s*\\\\times\\s*");
    private static final Pattern FORMAT_CMD =
            Pattern.compile("\\\\(?:textit|textbf|texttt|emph|mathrm|mathbf|mathit|text|textsc|mathcal|operatorname)\\s*\\{([^{}]*)\\}");
    private static final Pattern BRACED = Pattern.compile("\\{\\\\?([^{}\\\\]*)\\}");
    private static final Pattern MATH = Pattern.compile("\\$([^$]{1,80})\\$");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private TextCleaner() {
    }

    public static String clean(String raw) {
        if (raw == null) return null;
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = CONTROL.matcher(s).replaceAll(" ");
        s = LATEX_COMMENT.matcher(s).replaceAll("");
        s = s.replace("\\%", "%").replace("\\&", "&").replace("\\_", "_").replace("\\#", "#");
        s = s.replace("$-$", "-");
        s = TIMES.matcher(s).replaceAll("x ");
        s = replaceAll(FORMAT_CMD, s);
        s = replaceAll(MATH, s);
        s = replaceAll(BRACED, s);
        s = s.replace("x )", "x)").replace("x ,", "x,").replace("x .", "x.");
        s = BLANKS.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** Replaces each match with its first group, repeatedly, so nested constructs unwrap. */
    private static String replaceAll(Pattern p, String s) {
        for (int i = 0; i < 4; i++) {
            Matcher m = p.matcher(s);
            if (!m.find()) return s;
            s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        }
        return s;
    }
}
