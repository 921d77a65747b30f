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
        assertEquals("{}", LabelVotes.format(Map.of()));
        assertEquals(Map.of(), LabelVotes.parse("{}"));
    }

    @Test
    void anyNameSurvivesAndNoLineBreakIsWritten() {
        Map<String, Integer> votes = Map.of("Qwen2.5 \"Math\"\tInstruct: v2", 2, "a\nb", 1);
        String text = LabelVotes.format(votes);
        assertFalse(text.contains("\n") || text.contains("\t"), text);
        assertEquals(votes, LabelVotes.parse(text));
        // as the object mapper wrote it before: non-ASCII as is, quotes and control characters escaped
        Map<String, Integer> accents = Map.of("Café-Net \u2013 v2", 4);
        assertEquals("{\"Café-Net \u2013 v2\":4}", LabelVotes.format(accents));
        assertEquals("{\"a\\\"b\\tc\":1}", LabelVotes.format(Map.of("a\"b\tc", 1)));
    }

    @Test
    void textThatIsNoVotesIsAnErrorQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("12\tResNet"));
        assertEquals("not name votes: 12\tResNet", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":0}"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":\"3\"}"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":2.5}"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":3} {}"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":3"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("{\"ResNet\":3000000000}"));
    }
}
