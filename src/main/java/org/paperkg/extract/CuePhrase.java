package org.paperkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue phrase of the pattern data ("evaluated on", "speedup", "outperform*") as the case-insensitive pattern that
 * finds it, with two folded literal pieces ({@link CaseFold}): {@code piece}, the longest, which every match contains,
 * and {@code lead}, the first, with which every match begins. Text whose fold lacks the piece cannot match, so most
 * cues are ruled out for a sentence by a {@code contains}; where the piece is there, {@link #scan} runs the pattern
 * only at the places the lead is, not at every char (profiling showed the cue patterns' own scan, a lookbehind and a
 * case-insensitive compare tried at every position, at a tenth of all extraction time).
 */
record CuePhrase(Pattern pattern, String piece, String lead) {

    static CuePhrase of(String cue) {
        return new CuePhrase(pattern(cue), CaseFold.requiredPiece(cue), CaseFold.leadingPiece(cue));
    }

    /** A cue whose pattern is given (it must match the cue's words as {@link #pattern} would, blanks as blank runs). */
    static CuePhrase of(String cue, Pattern pattern) {
        return new CuePhrase(pattern, CaseFold.requiredPiece(cue), CaseFold.leadingPiece(cue));
    }

    /** Whether a match can occur in text whose {@link CaseFold#fold} is {@code folded}. */
    boolean mayOccurIn(String folded) {
        return folded.contains(piece);
    }

    /** A cue phrase as a pattern; a trailing '*' matches the rest of the word. */
    static Pattern pattern(String cue) {
        boolean prefix = cue.endsWith("*");
        String c = prefix ? cue.substring(0, cue.length() - 1) : cue;
        String body = Pattern.quote(c).replace(" ", "\\E\\s+\\Q");
        String pre = Character.isLetterOrDigit(c.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String post = prefix ? "[\\p{L}-]*" : (Character.isLetterOrDigit(c.charAt(c.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "");
        return Pattern.compile(pre + body + post, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The matches in all of {@code text}, whose fold is {@code folded}. */
    Scan scan(String text, String folded) {
        return new Scan(this, text, 0, text.length(), folded, 0);
    }

    /**
     * The matches in {@code text[from, to)}, exactly those (and in the order) that repeated {@link Matcher#find} on
     * {@code pattern().matcher(text).region(from, to)} gives. {@code folded} is the fold of {@code text} from
     * {@code foldedFrom} on, covering at least {@code [from, to)} (a sentence's fold serves every region in it).
     */
    Scan scan(String text, int from, int to, String folded, int foldedFrom) {
        return new Scan(this, text, from, to, folded, foldedFrom);
    }

    /** One pass over the matches of a cue in a region, as a {@link Matcher}'s {@code find()} loop. */
    static final class Scan {
        private final CuePhrase cue;
        private final String text;
        private final int from, to;
        private final String folded;
        private final int foldedFrom;
        /** Over the region alone, so that its ends bound lookarounds as a region with opaque bounds does. */
        private Matcher matcher;
        private int pos;
        private int start = -1, end = -1;

        private Scan(CuePhrase cue, String text, int from, int to, String folded, int foldedFrom) {
            if (from < foldedFrom || to - foldedFrom > folded.length()) {
                throw new IllegalArgumentException("the fold [" + foldedFrom + ", " + (foldedFrom + folded.length())
                        + ") does not cover the region [" + from + ", " + to + ")");
            }
            this.cue = cue;
            this.text = text;
            this.from = from;
            this.to = to;
            this.folded = folded;
            this.foldedFrom = foldedFrom;
            this.pos = from;
        }

        /** Advances to the next match; false when there is none. */
        boolean find() {
            String lead = cue.lead();
            if (lead == null) return findAnywhere();
            while (pos + lead.length() <= to) {
                int at = folded.indexOf(lead, pos - foldedFrom);
                if (at < 0) break;
                at += foldedFrom;
                if (at + lead.length() > to) break;
                Matcher m = matcher();
                m.region(at - from, to - from);
                if (m.lookingAt()) {
                    start = from + m.start();
                    end = from + m.end();
                    pos = end > start ? end : end + 1;
                    return true;
                }
                pos = at + 1;
            }
            pos = to + 1;
            return false;
        }

        /** For a cue that begins with no literal: the pattern's own scan. */
        private boolean findAnywhere() {
            if (pos > to) return false;
            Matcher m = matcher();
            m.region(pos - from, to - from);
            if (!m.find()) {
                pos = to + 1;
                return false;
            }
            start = from + m.start();
            end = from + m.end();
            pos = end > start ? end : end + 1;
            return true;
        }

        private Matcher matcher() {
            if (matcher == null) {
                // transparent: a lookbehind at a later start sees the region's text before it, as find() does
                matcher = cue.pattern().matcher(text.substring(from, to)).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** The end of the region's last match, or -1 when there is none. */
        int lastEnd() {
            int last = -1;
            while (find()) last = end;
            return last;
        }
    }
}
