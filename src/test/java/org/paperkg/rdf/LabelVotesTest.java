package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelVotesTest {

    @Test
    void votesAreOneLineOfJsonInNameOrderAndRoundTrip() {
        Map<String, Integer> votes = Map.of("ResNet50", 3, "ResNet-50", 12, "residual network 50", 1);
        String text = LabelVotes.format(votes);
        assertEquals("{\"ResNet-50\":12,\"ResNet50\":3,\"residual network 50\":1}", text);
        assertEquals(votes, LabelVotes.parse(text));
    }

    @Test
    void anyNameSurvivesAndNoLineBreakIsWritten() {
        Map<String, Integer> votes = Map.of("Qwen2.5 \"Math\"\tInstruct: v2", 2, "a\nb", 1);
        String text = LabelVotes.format(votes);
        assertFalse(text.contains("\n") || text.contains("\t"), text);
        assertEquals(votes, LabelVotes.parse(text));
    }

    @Test
    void textThatIsNoVotesIsAnErrorQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("12\tResNet"));
        assertEquals("not name votes: 12\tResNet", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":0}"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("[1,2]"));
    }
}
