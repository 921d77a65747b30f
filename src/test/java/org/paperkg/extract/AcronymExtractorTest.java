package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymExtractorTest {
    private static List<Mention> acronymMentions(Findings f, String name) {
        return f.mentions().stream().filter(m -> name.equals(m.canonical())).toList();
    }

    @Test
    void longFormThenShortFormAndEveryLaterUseBecomeOneEntity() {
        Doc d = TestDocs.doc(null, "We align the model with Reinforcement Learning from Human Feedback (RLHF). "
                + "Unlike prior RLHF pipelines, our RLHF stage is cheap.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        List<Mention> ms = acronymMentions(f, "Reinforcement Learning from Human Feedback");
        assertEquals(4, ms.size(), ms.toString());
        assertTrue(ms.stream().allMatch(m -> m.type() == EntityType.METHOD));
        assertTrue(ms.stream().allMatch(m -> d.text().substring(m.start(), m.end()).equals(m.text())));
        assertEquals(3, ms.stream().filter(m -> m.text().equals("RLHF")).count());
    }

    @Test
    void reverseDefinitionShortFormBeforeTheParenthesis() {
        Doc d = TestDocs.doc(null, "We apply KD (knowledge distillation) to a student. KD halves the size.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        List<Mention> ms = acronymMentions(f, "knowledge distillation");
        assertEquals(List.of("knowledge distillation", "KD", "KD"), ms.stream().map(Mention::text).toList());
        assertTrue(ms.stream().allMatch(m -> m.type() == EntityType.METHOD));
    }

    @Test
    void aKnownMentionGivesTypeAndCanonicalName() {
        Doc d = TestDocs.doc(null, "Models trained with Supervised Fine-Tuning (SFT) forget less; SFT is simple.");
        Findings f = new Findings();
        int at = d.text().indexOf("Supervised Fine-Tuning");
        f.addMention(new Mention(EntityType.METHOD, "Supervised Fine-Tuning", TextField.ABSTRACT, at,
                at + "Supervised Fine-Tuning".length(), "supervised fine-tuning", "vocabulary", 0.9));
        new AcronymExtractor().extract(d, f);
        List<Mention> ms = acronymMentions(f, "supervised fine-tuning");
        assertEquals(List.of("Supervised Fine-Tuning", "SFT", "SFT"), ms.stream().map(Mention::text).toList());
        assertEquals(3, f.mentions().size(), "the vocabulary mention is updated, not duplicated");
    }

    @Test
    void generalClassesAreModelClassAndUnknownHeadsAreSkipped() {
        Doc d = TestDocs.doc(null, "Convolutional Neural Networks (CNNs) dominate. The Open Source Initiative (OSI) agrees.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        assertEquals(EntityType.MODEL_CLASS, acronymMentions(f, "Convolutional Neural Networks").get(0).type());
        assertTrue(acronymMentions(f, "Open Source Initiative").isEmpty());
    }

    @Test
    void parenthesesThatAreNotDefinitionsAreIgnored() {
        Doc d = TestDocs.doc(null, "Accuracy rises (see Table 2) and latency falls (by 3.2x) on the GPU (NVIDIA).");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        assertTrue(f.mentions().isEmpty(), f.mentions().toString());
    }

    @Test
    void initialsOfEveryWordBeatAShorterMatchInsideAWord() {
        // S&H alone would take "curriculum learning": the inner "c" of "curriculum" also fits the second C
        Doc d = TestDocs.doc(null, "We study cyclical curriculum learning (CCL) and Parameter-Efficient Fine-Tuning (PEFT). "
                + "CCL helps; PEFT too.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        assertEquals(List.of("cyclical curriculum learning", "CCL", "CCL"),
                acronymMentions(f, "cyclical curriculum learning").stream().map(Mention::text).toList());
        assertEquals(List.of("Parameter-Efficient Fine-Tuning", "PEFT", "PEFT"),
                acronymMentions(f, "Parameter-Efficient Fine-Tuning").stream().map(Mention::text).toList());
        String text = "the Reinforcement Learning from Human Feedback (RLHF) stage";
        int open = text.indexOf('(');
        assertEquals(text.indexOf("Reinforcement"), AcronymExtractor.initialsLongForm("RLHF", text, 0, open - 1));
        assertEquals(-1, AcronymExtractor.initialsLongForm("SuperHF", text, 0, open - 1), "not all capitals");
        assertEquals(-1, AcronymExtractor.initialsLongForm("RLXF", text, 0, open - 1), "initials that do not fit");
        String hyphenated = "we use Task-Aware Re-weighting (TAR) here";
        assertEquals(hyphenated.indexOf("Task"), AcronymExtractor.initialsLongForm("TAR", hyphenated, 0, hyphenated.indexOf('(') - 1));
    }

    @Test
    void aKnownNameInsideALongerLongFormDoesNotLendItsCanonicalName() {
        Doc d = TestDocs.doc(null, "We propose gradual magnitude pruning (GMP). GMP beats one-shot pruning.");
        Findings f = new Findings();
        int at = d.text().indexOf("magnitude pruning");
        f.addMention(new Mention(EntityType.METHOD, "magnitude pruning", TextField.ABSTRACT, at,
                at + "magnitude pruning".length(), "magnitude pruning", "vocabulary", 0.9));
        new AcronymExtractor().extract(d, f);
        List<Mention> ms = acronymMentions(f, "gradual magnitude pruning");
        // the known head inside the long form joins the longer entity; it is not named on its own here
        assertEquals(List.of("magnitude pruning", "gradual magnitude pruning", "GMP", "GMP"), ms.stream().map(Mention::text).toList());
        assertTrue(ms.stream().allMatch(m -> m.type() == EntityType.METHOD), "the type still comes from the known head");
    }

    @Test
    void techniqueAndTaskHeadsTypeUnknownLongForms() {
        Doc d = TestDocs.doc(null, "We reduce features with Principal Component Analysis (PCA) and study Wind Gust Forecasting (WGF).");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        assertTrue(acronymMentions(f, "Principal Component Analysis").stream().allMatch(m -> m.type() == EntityType.METHOD));
        assertEquals(2, acronymMentions(f, "Principal Component Analysis").size());
        assertTrue(acronymMentions(f, "Wind Gust Forecasting").stream().allMatch(m -> m.type() == EntityType.TASK));
        assertEquals(2, acronymMentions(f, "Wind Gust Forecasting").size());
    }

    @Test
    void aDefinitionInsideANameAbbreviatesTheModifierOnly() {
        Doc d = TestDocs.doc(null, "We add a Jensen-Shannon (JS) divergence term; the JS divergence is bounded, unlike JS alone. "
                + "We also use Reinforcement Learning from Human Feedback (RLHF) training.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        List<Mention> ms = acronymMentions(f, "Jensen-Shannon divergence");
        assertEquals(List.of("Jensen-Shannon (JS) divergence", "JS divergence"), ms.stream().map(Mention::text).toList());
        assertTrue(ms.stream().allMatch(m -> m.type() == EntityType.METHOD));
        // a long form that has its own head is a plain definition
        assertEquals(EntityType.METHOD, acronymMentions(f, "Reinforcement Learning from Human Feedback").get(0).type());
        assertTrue(acronymMentions(f, "Reinforcement Learning from Human Feedback training").isEmpty());
        // the head types the entity as it types a compound: "analysis" makes a task
        Doc d2 = TestDocs.doc(null, "We study retinal fundus image (RFI) analysis; RFI analysis is hard.");
        List<Mention> rfi = acronymMentions(TestDocs.run(d2, new AcronymExtractor()), "retinal fundus image analysis");
        assertEquals(2, rfi.size(), rfi.toString());
        assertTrue(rfi.stream().allMatch(m -> m.type() == EntityType.TASK));
    }

    @Test
    void aShortFormInsideAWordOfTheLongFormIsStillADefinition() {
        Doc d = TestDocs.doc(null, "We apply Domain-Adaptive Pre-training (DAP) first; DAP is cheap.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        assertEquals(List.of("Domain-Adaptive Pre-training", "DAP", "DAP"),
                acronymMentions(f, "Domain-Adaptive Pre-training").stream().map(Mention::text).toList());
    }

    @Test
    void aLongFormDoesNotStartWithAFunctionWord() {
        Doc d = TestDocs.doc(null, "We propose Adaptive and Sparse Mixture Encoders (ASMEN) for ranking; ASMEN is fast.");
        Findings f = TestDocs.run(d, new AcronymExtractor());
        assertTrue(f.mentions().stream().noneMatch(m -> m.name().startsWith("and ")), f.mentions().toString());
    }
}
