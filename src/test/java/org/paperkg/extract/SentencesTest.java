package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> split(String t) {
        return Sentences.split(t).stream().map(s -> s.of(t)).toList();
    }

    @Test
    void splitsOnSentenceEndsButNotAbbreviationsDecimalsOrInitials() {
        String t = "Prior work (e.g. pruning, i.e. removing weights) by Smith et al. is slow. Our design is 3.2x faster vs. a GPU! "
                + "It was built by J. Doe in Fig. 2 of the paper. Does it scale? Yes.";
        assertEquals(List.of(
                "Prior work (e.g. pruning, i.e. removing weights) by Smith et al. is slow.",
                "Our design is 3.2x faster vs. a GPU!",
                "It was built by J. Doe in Fig. 2 of the paper.",
                "Does it scale?",
                "Yes."), split(t));
    }

    @Test
    void scientificAbbreviationsRangesAndEnumerationsStayInsideTheirSentence() {
        String t = "Knowledge Distillation (KD) works, e.g., on ResNet-{18, 34, 50} and CIFAR-10. We use KD (knowledge "
                + "distillation), i.e., a teacher. Results are 1.5~5.3x and 64.8% better than Smith et al. The Titan X GPU "
                + "is slower. We follow Sec. 3 and Eq. 2 vs. Table 4 of the U.S. report.";
        assertEquals(List.of(
                "Knowledge Distillation (KD) works, e.g., on ResNet-{18, 34, 50} and CIFAR-10.",
                "We use KD (knowledge distillation), i.e., a teacher.",
                "Results are 1.5~5.3x and 64.8% better than Smith et al.",
                "The Titan X GPU is slower.",
                "We follow Sec. 3 and Eq. 2 vs. Table 4 of the U.S. report."), split(t));
    }

    @Test
    void spansPointIntoTheText() {
        String t = "  One sentence.  Two sentences here.";
        List<int[]> spans = Sentences.spans(t);
        assertEquals(2, spans.size());
        assertEquals("One sentence.", t.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals("Two sentences here.", t.substring(spans.get(1)[0], spans.get(1)[1]));
        assertEquals(0, Sentences.spans("").size());
        assertEquals(t.indexOf("Two"), Sentences.containing(Sentences.split(t), t.indexOf("here")).start());
    }
}
