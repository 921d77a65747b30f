package org.paperkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.vocab.Vocabulary;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnumerationExpanderTest {
    static Vocabulary vocabulary;
    static VocabularyExtractor vocab;
    static EnumerationExpander expander;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.loadDefault();
        vocab = new VocabularyExtractor(vocabulary);
        expander = new EnumerationExpander(vocabulary);
    }

    /** Members found by the expander, as "Type:canonical", after checking every offset against the text. */
    static List<String> members(String text) {
        return found(text, true);
    }

    /** Every mention as "Type:canonical"; with {@code onlyExpanded}, only the expander's. */
    static List<String> found(String text, boolean onlyExpanded) {
        Doc doc = TestDocs.doc(null, text);
        Findings f = TestDocs.run(doc, vocab, expander);
        for (Mention m : f.mentions()) {
            assertEquals(m.text(), doc.textOf(m.field()).substring(m.start(), m.end()), "offsets of " + m);
        }
        return f.mentions().stream().filter(m -> !onlyExpanded || m.extractor().equals(EnumerationExpander.NAME))
                .map(m -> m.type().localName() + ":" + m.name()).collect(Collectors.toList());
    }

    @Test
    void bracesAsCleanedText() {
        // TextCleaner drops LaTeX grouping braces, so "ResNet-{18, 34, 50}" arrives as a bare number list
        List<String> ms = members("We evaluate on ResNet-{18, 34, 50, 101, 152} with CIFAR-{10, 100} and ImageNet.");
        assertTrue(ms.containsAll(List.of("Model:ResNet-34", "Model:ResNet-50", "Model:ResNet-101", "Model:ResNet-152")), ms.toString());
        assertTrue(ms.contains("Dataset:CIFAR-100"), ms.toString());
    }

    @Test
    void bracesKeptInText() {
        Doc doc = new Doc(TestDocs.doc(null, "x").record(), null, "Results for VGG-{11, 16} are shown.");
        Findings f = TestDocs.run(doc, vocab, expander);
        List<String> ms = f.mentions().stream().filter(m -> m.extractor().equals(EnumerationExpander.NAME))
                .map(Mention::name).toList();
        assertEquals(List.of("VGG-11", "VGG-16"), ms);
        for (Mention m : f.mentions()) assertEquals(m.text(), doc.text().substring(m.start(), m.end()));
    }

    @Test
    void countsAreNotMembers() {
        assertEquals(List.of(), members("We train ResNet-50, 100 epochs on CIFAR-10, 10 classes each."));
        assertEquals(List.of(), members("ResNet-50, 2.3x faster than before."));
    }

    @Test
    void slashSizes() {
        List<String> ms = members("We release Foo-Math-Instruct-1.5B/7B/72B and compare with OPT-2.7B/6.7B/13B.");
        assertTrue(ms.containsAll(List.of("Model:Foo-Math-Instruct-1.5B", "Model:Foo-Math-Instruct-7B",
                "Model:Foo-Math-Instruct-72B", "Model:OPT-2.7B", "Model:OPT-6.7B", "Model:OPT-13B")), ms.toString());
    }

    @Test
    void slashSharedSuffix() {
        List<String> ms = members("The design runs on an Intel Arria/Stratix 10 GX FPGA development board.");
        assertEquals(List.of("Hardware:Arria 10 GX FPGA", "Hardware:Stratix 10 GX FPGA"), ms);
    }

    @Test
    void sizeWordsAfterAModel() {
        List<String> gpt = members("We prompt GPT-2 small and medium.");
        assertTrue(gpt.contains("Model:GPT-2-medium"), gpt.toString());
        List<String> ms = found("We fine-tune BERT base and large, and Llama 2 7B and 13B.", false);
        assertTrue(ms.containsAll(List.of("Model:BERT-base", "Model:BERT-large")), ms.toString());
        assertTrue(ms.stream().anyMatch(s -> s.matches("Model:Llama.2-7B")), ms.toString());
        assertTrue(ms.stream().anyMatch(s -> s.matches("Model:Llama.2-13B")), ms.toString());
    }

    @Test
    void sizeWordThatStartsAPhraseIsNotAVariant() {
        assertFalse(members("BERT large language models are popular.").contains("Model:BERT-large"));
    }
}
