package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts behind the choice of tokenizer (docs/QUALITY.md): what is a technical word, and what is compared. */
class TokenizerComparisonTest {
    @Test
    void countsTechnicalWordsAndTheTokensBothTokenizersShare() {
        TokenizerComparison.Counts c = TokenizerComparison.compare(
                List.of("We fine-tune Qwen-VL and ResNet-50 with GPT-3.5 labels."));
        assertEquals(9, c.tokens(), "words with inner hyphens and dots stay whole, the full stop is a token");
        assertEquals(4, c.technical(), "fine-tune, Qwen-VL, ResNet-50, GPT-3.5");
        // the plain words and the full stop have the same offsets in OpenNLP's tokens
        assertTrue(c.sameInOpenNlp() >= 5 && c.sameInOpenNlp() <= c.tokens(), c.toString());
        assertTrue(c.technicalSplit() <= c.technical(), c.toString());
        assertEquals(c.technicalSplit(), c.examples().size());
    }
}
