package org.paperkg.extract;

import java.util.regex.Pattern;

/**
 * A cue phrase of the pattern data ("evaluated on", "speedup", "outperform*") as the case-insensitive pattern that
 * finds it, with the folded literal piece every match contains ({@link CaseFold#requiredPiece}): text whose fold lacks
 * the piece cannot match, so most cues are ruled out for a sentence by a {@code contains} instead of a regex run.
 */
record CuePhrase(Pattern pattern, String piece) {

    static CuePhrase of(String cue) {
        return new CuePhrase(pattern(cue), CaseFold.requiredPiece(cue));
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
}
