package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LabelVotesTest {

    @Test
    void votesRoundTripInNameOrder() {
        Map<String, Integer> votes = new TreeMap<>(Map.of("ResNet50", 3, "ResNet-50", 12, "residual network 50", 1));
        String text = LabelVotes.format(votes);
        assertEquals("12\tResNet-50\n3\tResNet50\n1\tresidual network 50", text);
        assertEquals(votes, new TreeMap<>(LabelVotes.parse(text)));
    }

    @Test
    void namesWithSpacesColonsAndDigitsSurvive() {
        Map<String, Integer> votes = Map.of("Qwen2.5-Math-Instruct 1.5B: v2", 2);
        assertEquals(votes, LabelVotes.parse(LabelVotes.format(votes)));
    }

    @Test
    void malformedTextIsAnErrorNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("12\tResNet\nmany\tVGG"));
        assertEquals("not a count<TAB>name line: many\tVGG", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.parse("ResNet"));
        assertThrows(IllegalArgumentException.class, () -> LabelVotes.format(Map.of("a\tb", 1)));
    }
}
