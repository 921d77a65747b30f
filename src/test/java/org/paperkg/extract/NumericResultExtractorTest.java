package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericResultExtractorTest {
    private final NumericResultExtractor ex = new NumericResultExtractor();

    private List<ResultFinding> results(String text) {
        return TestDocs.run(TestDocs.doc(null, text), ex).results();
    }

    @Test
    void speedupAndEnergyEfficiencyShareTheBaseline() {
        List<ResultFinding> r = results("On a Virtex-7 FPGA, our design is 8.3x faster and 75x more energy-efficient than a Titan X GPU.");
        assertEquals(2, r.size());
        assertEquals("speedup", r.get(0).metric());
        assertEquals("8.3x", r.get(0).value());
        assertEquals(0, new BigDecimal("8.3").compareTo(r.get(0).number()));
        assertTrue(r.get(1).metric().startsWith("energy efficiency"));
        assertEquals("Titan X GPU", r.get(0).baseline());
        assertEquals("Titan X GPU", r.get(1).baseline());
    }

    @Test
    void latexTimesAndBaselineEntity() {
        Extractor hw = new Extractor() {
            public String name() {
                return "vocabulary";
            }

            public void extract(Doc d, Findings f) {
                int i = d.text().indexOf("Jetson Nano");
                f.addMention(new Mention(EntityType.HARDWARE, "Jetson Nano", TextField.ABSTRACT, i, i + 11, null, "vocabulary", 1));
            }
        };
        Findings f = TestDocs.run(TestDocs.doc(null, "The kernel runs $4.1\\times$ faster compared to the Jetson Nano."), hw, ex);
        assertEquals(1, f.results().size());
        assertEquals("4.1x", f.results().get(0).value());
        assertSame(f.mentions().get(0), f.results().get(0).baselineEntity());
    }

    @Test
    void reductionWithSubjectMetric() {
        List<ResultFinding> r = results("Our protocol reduces the communication cost by 64.8% on mobile phones.");
        assertEquals(1, r.size());
        assertEquals("communication cost reduction", r.get(0).metric());
        assertEquals("64.8%", r.get(0).value());
        assertEquals("%", r.get(0).unit());
    }

    @Test
    void rangesGiveTheLowerBound() {
        ResultFinding r = results("It trains 1.5~5.3x faster than prior accelerators.").get(0);
        assertEquals("1.5~5.3x", r.value());
        assertEquals(0, new BigDecimal("1.5").compareTo(r.number()));
        ResultFinding r2 = results("The solver achieves 1000x to 300000x speedup over the commercial tool.").get(0);
        assertEquals("1000x to 300000x", r2.value());
        assertEquals("speedup", r2.metric());
        assertEquals(0, new BigDecimal("1000").compareTo(r2.number()));
    }

    @Test
    void slashListsGiveOneResultPerNumber() {
        List<ResultFinding> r = results("The inference latency is 7ms/2ms for AlexNet and ResNet-50 respectively.");
        assertEquals(List.of("7ms", "2ms"), r.stream().map(ResultFinding::value).toList());
        assertEquals("latency", r.get(0).metric());
        List<ResultFinding> r2 = results("Throughput improves by 5,555x/85x over GPU/WSE.");
        assertEquals(List.of("5,555x", "85x"), r2.stream().map(ResultFinding::value).toList());
        assertEquals(0, new BigDecimal("5555").compareTo(r2.get(0).number()));
        assertEquals("GPU", r2.get(0).baseline());
        assertEquals("WSE", r2.get(1).baseline());
    }

    @Test
    void numberWords() {
        List<ResultFinding> r = results("The compiled model is twice as fast as the interpreter.");
        assertEquals(1, r.size());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(r.get(0).number()));
        List<ResultFinding> r2 = results("Decoding becomes three times faster.");
        assertEquals(0, BigDecimal.valueOf(3).compareTo(r2.get(0).number()));
        assertEquals("speedup", r2.get(0).metric());
    }

    @Test
    void setupCountsAndOperatingPointsAreNotResults() {
        assertEquals(List.of(), results("We collect 188 examples from 27 authors and train models from 120M to 13B parameters."));
        assertEquals(List.of(), results("The design runs at 100 MHz with 75% sparsity on a 7B model in 2023."));
        assertEquals(List.of(), results("We use 3x3 convolutions."));
    }

    @Test
    void percentWithoutCueIsDropped() {
        assertEquals(List.of(), results("About 30% of the respondents were students."));
        ResultFinding r = results("The method reaches 88.5% accuracy on the test set.").get(0);
        assertEquals("accuracy", r.metric());
        assertNull(r.baseline());
    }

    private static String show(List<ResultFinding> r) {
        StringBuilder b = new StringBuilder();
        for (ResultFinding x : r) b.append(x.metric()).append('=').append(x.number().stripTrailingZeros().toPlainString()).append("; ");
        return b.toString();
    }

    @Test
    void theSubjectOfReduceByIsTheMetric() {
        List<ResultFinding> r = results("Our scheduler reduces the tail latency of requests by up to 41.5% and improves the GPU utilization by 1.7x.");
        assertEquals("tail latency reduction=41.5; gpu utilization improvement=1.7; ", show(r));
        List<ResultFinding> p = results("With our kernel, the decoding time can be reduced up to 3.1x on long prompts.");
        assertEquals("decoding time reduction=3.1; ", show(p));
        assertTrue(r.get(0).confidence() > 0.75, "a subject read off the verb is the most reliable metric");
    }

    @Test
    void latenciesAreNotSpeedupsAndListsShareTheirMetric() {
        List<ResultFinding> r = results("The design reaches an inference latency of 5ms/3ms, 40ms/21ms and 310ms/150ms per image for accelerating VGG-16.");
        assertEquals(6, r.size(), show(r));
        for (ResultFinding x : r) assertTrue(x.metric().contains("latency"), show(r));
    }

    @Test
    void ratiosInBracketsCompareTheMeasureBeforeThem() {
        List<ResultFinding> r = results("The chip sustains 12,400 tokens/s (310x/12x of CPU/GPU) and 9 tokens/J.");
        assertEquals("throughput=12400; throughput improvement=310; throughput improvement=12; energy efficiency=9; ", show(r));
        assertEquals("GPU", r.get(2).baseline());
    }

    @Test
    void bareDirectionsTakeTheirQualifierAndHaveLowConfidence() {
        List<ResultFinding> r = results("Ablations show a 3.4% and 5.1% relative improvement over the baseline.");
        assertEquals(2, r.size(), show(r));
        List<ResultFinding> q = results("We observe a 2.2% improvement in reading comprehension.");
        assertEquals("reading comprehension improvement=2.2; ", show(q));
        List<ResultFinding> bare = results("This yields a 7x improvement.");
        assertEquals("improvement", bare.get(0).metric());
        assertTrue(bare.get(0).confidence() <= 0.5, "a bare direction without subject is uncertain");
    }

    @Test
    void changesMoneyAndListIntroductions() {
        assertEquals("accuracy=81; ", show(results("Self-training lifts accuracy (from 42% to 81%) on unseen domains.")));
        List<ResultFinding> money = results("Training the model costs roughly $35 on rented GPUs.");
        assertEquals("cost=35; ", show(money));
        assertEquals("$", money.get(0).unit());
        assertEquals("", show(results("Our contribution is two-fold: a dataset and a model.")));
    }

    @Test
    void operatingPointsAreNotResultsButResultsAtOperatingPointsAre() {
        assertEquals("", show(results("We prune the network at 75% sparsity before fine-tuning.")));
        assertTrue(show(results("The method gives 0.2% mAP gain at 1.4x FLOPs reduction.")).contains("=1.4"));
    }

    /**
     * Two arXiv abstracts (2504.06225, 2505.10775) made the extractor throw: their "$>$3%" and "$+$18%" (before
     * the clean-up read lone operators as math) matched as money and as a percentage at once. Given such text
     * uncleaned, the values must still come out disjoint and in order.
     */
    @Test
    void overlappingValueMatchesAreDisjointAndDoNotThrow() {
        for (String text : List.of(
                "Gemma 9B-2B significantly surpasses Gemma 2B-2B by $>$3%. The adapted encoder also yields better results.",
                "These could be combined to boost the model selection ($+$18% on average in the top 5-10).")) {
            Doc d = new Doc(TestDocs.doc(null, text).record(), null, text);
            List<ResultFinding> r = TestDocs.run(d, ex).results();
            int lastEnd = -1;
            for (ResultFinding f : r) {
                assertTrue(f.start() >= lastEnd, () -> "overlapping results in: " + text + " " + r);
                lastEnd = f.end();
            }
        }
    }
}
