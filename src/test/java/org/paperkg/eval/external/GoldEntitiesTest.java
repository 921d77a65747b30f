package org.paperkg.eval.external;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.eval.ExtractedRecord.Entity;

class GoldEntitiesTest {

    private static List<String> show(List<Entity> entities) {
        return entities.stream().map(e -> e.type() + ":" + e.label() + e.aliases()).toList();
    }

    @Test
    void gsapMentionsBecomeOneEntityPerThingWithMappedTypesAndGenericMentionsDropped() {
        AnnotatedAbstract r = Fixtures.gsap("gsap-mini.jsonl").records.get(0);
        assertEquals(List.of(
                "Model:BERT-base[]",                  // written twice, one entity
                "Model:multilingual BERT[mBERT]",     // expansion (acronym)
                "Dataset:SQuAD[]",                    // "the SQuAD benchmark" is DatasetGeneric: ignored
                "Task:question answering[]",
                "Model:ResNet-50[]",                  // ModelArchitecture -> Model
                "Method:knowledge distillation[]",
                "Model:TinyQA[dubbed TinyQA]"),       // the naming cue is not part of the name; "Our model" ignored
                show(GoldEntities.of(r, TypeMapping.GSAP_NER)));
        AnnotatedAbstract second = Fixtures.gsap("gsap-mini.jsonl").records.get(1);
        assertEquals(List.of("Model:RNN[the RNN]", "Dataset:CIFAR-10[]", "Task:image classification[]"),
                show(GoldEntities.of(second, TypeMapping.GSAP_NER)));
    }

    @Test
    void sciercCoreferenceClustersAndBracketedAcronymsJoinMentionsOfOneType() {
        AnnotatedAbstract r = Fixtures.scierc("scierc-mini.json").records.get(0);
        assertEquals(List.of(
                "Method:conditional random field[CRF]",
                "Method:conditional random field (CRF) tagger[NERdy]",  // one cluster; its Generic "tagger" is ignored
                "Task:named entity recognition[]",
                "Dataset:CoNLL-2003 corpus[]",                          // Material, the indicative row
                "Method:BERT[]"),
                show(GoldEntities.of(r, TypeMapping.SCIERC)));
    }

    @Test
    void namesLoseLeadingArticlesPossessivesAndNamingCuesOnly() {
        assertEquals("RNN architecture", GoldEntities.name("our RNN architecture"));
        assertEquals("XLM-R", GoldEntities.name("dubbed XLM-R"));
        assertEquals("Adversarial Variational Bayes", GoldEntities.name("the Adversarial Variational Bayes"));
        assertEquals("proposed RoPE", GoldEntities.name("The proposed RoPE"));
        assertEquals("theory of mind", GoldEntities.name("theory of mind"));
        assertEquals("A*", GoldEntities.name("A*"));
        assertEquals("named entity recognition", GoldEntities.name("named entity recognition"));
    }
}
