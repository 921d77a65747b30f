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
}
