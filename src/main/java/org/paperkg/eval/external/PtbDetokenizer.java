package org.paperkg.eval.external;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds readable text from Penn-Treebank-style tokens (as in SciERC) and keeps, for every token, where it lies in
 * that text — so token-offset gold spans become character spans of the text the pipeline reads.
 *
 * <p>Rules: bracket escapes become brackets ({@code -LRB-} → "("); no space before closing punctuation and clitics
 * (". , ; : ? ! % ) ] }", "'s", "n't", a lone "'"), none after opening brackets; {@code ``} opens and {@code ''}
 * closes a double quote, and a {@code ''} with no quote open opens one (SciERC writes both quote marks as
 * {@code ''} in places); {@code --} between two alphanumeric tokens of which one is a single character is the hyphen
 * PTB tokenisation split ("3 -- D" → "3-D"), elsewhere a spaced dash. Everything else is separated by one space.
 */
public final class PtbDetokenizer {
    private static final Map<String, String> ESCAPES = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", "%", ")", "]", "}",
            "'", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{");

    /** The rebuilt text; token {@code i} covers {@code text.substring(start[i], end[i])}. */
    public record Detokenized(String text, int[] start, int[] end) {
        /** Characters covered by tokens {@code first..last}, both inclusive (SciERC's span convention). */
        public int charStart(int firstToken) {
            return start[firstToken];
        }

        public int charEnd(int lastToken) {
            return end[lastToken];
        }
    }

    private PtbDetokenizer() {
    }

    public static Detokenized detokenize(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        int[] start = new int[tokens.size()], end = new int[tokens.size()];
        boolean quoteOpen = false, glueNext = true;
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            String out = ESCAPES.getOrDefault(tok, tok);
            boolean glueBefore = NO_SPACE_BEFORE.contains(out);
            boolean glueAfter = NO_SPACE_AFTER.contains(out);
            if (tok.equals("``") || (tok.equals("''") && !quoteOpen)) {
                out = "\"";
                quoteOpen = true;
                glueBefore = false;
                glueAfter = true;
            } else if (tok.equals("''")) {
                out = "\"";
                quoteOpen = false;
                glueBefore = true;
            } else if (tok.equals("--") && splitHyphen(tokens, i)) {
                out = "-";
                glueBefore = true;
                glueAfter = true;
            }
            if (text.length() > 0 && !glueBefore && !glueNext) text.append(' ');
            start[i] = text.length();
            text.append(out);
            end[i] = text.length();
            glueNext = glueAfter;
        }
        return new Detokenized(text.toString(), start, end);
    }

    private static boolean splitHyphen(List<String> tokens, int i) {
        if (i == 0 || i == tokens.size() - 1) return false;
        String prev = tokens.get(i - 1), next = tokens.get(i + 1);
        return alnum(prev) && alnum(next) && (prev.length() == 1 || next.length() == 1);
    }

    private static boolean alnum(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
