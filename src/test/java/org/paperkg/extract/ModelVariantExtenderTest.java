package org.paperkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelVariantExtenderTest {
    static VocabularyExtractor vocab;

    @BeforeAll
    static void load() {
        vocab = new VocabularyExtractor();
    }

    static List<String> models(String text) {
        Doc doc = TestDocs.doc(null, text);
        Findings f = TestDocs.run(doc, vocab, new ModelVariantExtender());
        for (Mention m : f.mentions()) assertEquals(m.text(), doc.textOf(m.field()).substring(m.start(), m.end()));
        return f.mentions().stream().filter(m -> m.type() == EntityType.MODEL).map(Mention::name).toList();
    }

    @Test
    void writtenVariantSuffixesBelongToTheName() {
        List<String> ms = models("We fine-tune Mistral-7B-Instruct-v0.2 and Llama-2-13b-chat on our data.");
        assertTrue(ms.contains("Mistral-7B-Instruct-v0.2") || ms.contains("Mistral-7B-Instruct"), ms.toString());
        assertTrue(ms.contains("Llama-2-13b-chat"), ms.toString());
    }

    @Test
    void capitalisedPrefixPartsBelongToTheName() {
        List<String> ms = models("Our released model, ACME-Tuned-LLaMA-3-8B, is strong.");
        assertTrue(ms.contains("ACME-Tuned-LLaMA-3-8B"), ms.toString());
    }

    @Test
    void lowerCaseWordsAfterAHyphenAreNotPartOfTheName() {
        List<String> ms = models("Unlike BERT-based rankers and GPT-style decoders, ours is small.");
        assertFalse(ms.stream().anyMatch(m -> m.contains("-based") || m.contains("-style")), ms.toString());
    }

    @Test
    void aSizeWrittenAfterASpaceBelongsToTheName() {
        String text = "We compare Llama 2 70B, GPT-3 XL and BERT Large; an OPT 5B parameters budget is not a variant.";
        Findings f = TestDocs.run(TestDocs.doc(null, text), vocab, new ModelVariantExtender());
        List<String> ms = f.mentions().stream().filter(m -> m.type() == EntityType.MODEL).map(Mention::text).toList();
        assertTrue(ms.contains("Llama 2 70B"), ms.toString());
        assertTrue(ms.contains("GPT-3 XL"), ms.toString());
        assertTrue(ms.contains("BERT Large"), ms.toString());
        assertFalse(ms.contains("OPT 5B"), ms.toString());
        assertTrue(ms.contains("OPT"), ms.toString());
    }
}
