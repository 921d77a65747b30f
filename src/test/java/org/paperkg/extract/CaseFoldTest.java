package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseFoldTest {

    @Test
    void foldsCharByCharKeepingOffsets() {
        assertEquals("evaluated on imagenet", CaseFold.fold("Evaluated ON ImageNet"));
        assertEquals("on image", CaseFold.fold("Evaluated ON ImageNet", 10, 18));
    }

    @Test
    void requiredPieceIsTheLongestWordWithoutThePrefixMark() {
        assertEquals("evaluated", CaseFold.requiredPiece("evaluated on"));
        assertEquals("fine-tun", CaseFold.requiredPiece("fine-tun*"));
        assertEquals("benchmarks", CaseFold.requiredPiece("benchmarks such as"));
    }

    @Test
    void whereACuePatternMatchesTheFoldedTextHoldsItsPiece() {
        // chars that case-insensitive Unicode matching equates although toLowerCase alone does not:
        // the long s (ſ, upper case S) and the Kelvin sign (K, lower case k)
        String[] texts = {"trained ON ImageNet", "TRAIN\u017fET", "\u212Aernel evaluated", "a benchmark\u017f"};
        String[] cues = {"train*", "trained on", "kernel", "benchmarks", "evaluat*"};
        for (String cue : cues) {
            Pattern p = CuePhrase.pattern(cue);
            for (String t : texts) {
                if (p.matcher(t).find()) {
                    assertTrue(CaseFold.fold(t).contains(CaseFold.requiredPiece(cue)), cue + " in " + t);
                }
            }
        }
        assertTrue(CuePhrase.pattern("kernel").matcher("\u212Aernel").find());
    }
}
