package org.paperkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            achieves about $3.2\\times$ and about $3.0\\times$ improvement | achieves about 3.2x and about 3.0x improvement
            up to 5.52$\\times$ speedups for CONV layers                  | up to 5.52x speedups for CONV layers
            could achieve about $2.7 \\times$ speedup and $2.2 \\times$ energy | could achieve about 2.7x speedup and 2.2x energy
            existing distillation methods (4.6$\\times$~6.5$\\times$ improvement) | existing distillation methods (4.6x~6.5x improvement)
            results with $1000\\times$ to $300000\\times$ speedup          | results with 1000x to 300000x speedup
            we propose S2Engine $-$ a novel systolic architecture         | we propose S2Engine - a novel systolic architecture
            In this paper, \\textit{SparseTrain} is proposed              | In this paper, SparseTrain is proposed
            both \\textbf{natural} and \\emph{artificial} \\text{sparsity} | both natural and artificial sparsity
            we propose PATIENT-{\\Psi}, a novel patient simulation        | we propose PATIENT-Ψ, a novel patient simulation
            PATIENT-{\\Psi}-TRAINER holds promise                        | PATIENT-Ψ-TRAINER holds promise
            surpasses Gemma 2B-2B by $>$3\\%.                             | surpasses Gemma 2B-2B by >3%.
            the model selection ($+$18% on average)                     | the model selection (+18% on average)
            costs $20 and $30 per run                                   | costs $20 and $30 per run
            with nearly 37\\% reference samples \\& code                   | with nearly 37% reference samples & code
            We have built %a simple compiler to map CNNs                  | We have built a simple compiler to map CNNs
            with $14nm$ FinFET technologies                               | with 14nm FinFET technologies
            $\\alpha \\leq 0.5$, $\\beta \\geq 2$, $\\pm 1$, $\\approx$ 3  | α ≤ 0.5, β ≥ 2, ± 1, ≈ 3
            an error of $\\sim$10\\% at $10\\sim20$ steps                 | an error of ~10% at 10~20 steps
            improves the training speed by 1.5~5.3x and more              | improves the training speed by 1.5~5.3x and more
            from 7%~18% up to 45.8%~47.8% on different                    | from 7%~18% up to 45.8%~47.8% on different
            as shown in Fig.~3 and Table~2 of~\\cite{smith2020}.          | as shown in Fig. 3 and Table 2 of .
            AlexNet, MobileNet, ResNet-{18, 34, 50, 101, 152} with CIFAR-{10,100} | AlexNet, MobileNet, ResNet-{18, 34, 50, 101, 152} with CIFAR-{10,100}
            regularization, \\etc. However, \\eg, the model               | regularization, etc. However, e.g., the model
            at a cost of roughly $20. We plot accuracy and \\$184M NRE    | at a cost of roughly $20. We plot accuracy and $184M NRE
            the $F_1$ score and $\\text{AP}_{50}$ and $\\mathcal{O}(n^2)$ | the F1 score and AP50 and O(n^2)
            a \\href{https://x.org}{project page} and \\url{https://github.com/a/b} | a project page and https://github.com/a/b
            we propose \\method, which beats \\ours{} on G\\\"odel and Erd\\H{o}s | we propose method, which beats ours on Gödel and Erdős
            Biofouling$\\unicode{x2013}$communities of organisms       | Biofouling-communities of organisms
            a 3 – 5 point gain — large; −0.5 and 3.2× faster               | a 3 - 5 point gain - large; -0.5 and 3.2x faster
            """)
    void latexAndSymbolsPrintWhatTheyMean(String raw, String expected) {
        assertEquals(expected, TextCleaner.clean(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            resource-limited and energy-constrained embed-ded devices        | resource-limited and energy-constrained embedded devices
            on re-source-limited devices                                     | on resource-limited devices
            e.g., bina-ry/ternary weight network                             | e.g., binary/ternary weight network
            deployed on embed- ded systems                                   | deployed on embedded systems
            Re-source constraints                                            | Resource constraints
            pre-trained multi-head state-of-the-art Llama-2 and GPT-4o       | pre-trained multi-head state-of-the-art Llama-2 and GPT-4o
            fine-tuning self-attention co-design non-linear sub-networks     | fine-tuning self-attention co-design non-linear sub-networks
            accuracy- and latency-aware inter- and intra-layer               | accuracy- and latency-aware inter- and intra-layer
            de-coalescing and Qwen-VL and x-ray                               | de-coalescing and Qwen-VL and x-ray
            """)
    void brokenWordsAreRejoinedAndCompoundsAreNot(String raw, String expected) {
        assertEquals(expected, TextCleaner.clean(raw));
    }

    @Test
    void commentsOnTheirOwnLineRunToTheLineEnd() {
        assertEquals("We propose X. It works.", TextCleaner.clean("We propose X.\n%We also tried Y.\nIt works."));
        assertEquals("accuracy of 95% on CIFAR", TextCleaner.clean("accuracy of 95%\non CIFAR"));
    }

    @Test
    void blanksAndNonBreakingSpacesCollapse() {
        assertEquals("a b c d", TextCleaner.clean("  a\u00a0b \n\t c\u2009d  "));
        assertEquals("", TextCleaner.clean(""));
        assertEquals(null, TextCleaner.clean(null));
    }

    @Test
    void unbalancedLatexLosesNoText() {
        assertEquals("a b c", TextCleaner.clean("a \\textbf{b c"));
        String odd = "costs $5 and {open brace and trailing backslash \\";
        String cleaned = TextCleaner.clean(odd);
        assertTrue(cleaned.contains("costs $5 and"), cleaned);
        assertTrue(cleaned.contains("open brace and trailing backslash"), cleaned);
    }

    /** Every seed abstract and title: clean is idempotent and keeps no LaTeX markup. */
    @Test
    void seedTextIsCleanedIdempotently() throws IOException {
        List<String> lines;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            lines = files.sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(l -> !l.isBlank()).toList();
        }
        assertTrue(lines.size() > 300);
        for (String line : lines) {
            String once = TextCleaner.clean(line);
            assertEquals(once, TextCleaner.clean(once), line);
            assertFalse(once.contains("\\times") || once.contains("\\textit") || once.contains("{\\"), once);
        }
    }
}
