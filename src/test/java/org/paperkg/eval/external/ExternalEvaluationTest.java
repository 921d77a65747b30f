package org.paperkg.eval.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.build.Pipelines;
import org.paperkg.eval.Counts;
import org.paperkg.eval.ExtractedRecord.Entity;

class ExternalEvaluationTest {

    private static Entity e(String type, String label, String... written) {
        return new Entity(type, label, List.of(written));
    }

    @Test
    void gsapScoresMappedTypesAndLeavesHardwareAndModelClassOut() {
        ExternalEvaluation eval = new ExternalEvaluation(TypeMapping.GSAP_NER, null, "gsap-mini.jsonl");
        eval.score(Fixtures.gsap("gsap-mini.jsonl").records.get(0), List.of(
                e("Model", "BERT", "BERT"),                              // gold is BERT-base: a false hit
                e("Model", "Multilingual BERT", "mBERT"),                // matches through the acronym
                e("Dataset", "SQuAD", "SQuAD"),
                e("Hardware", "GPU", "GPU"),                             // no gold type: not scored
                e("ModelClass", "language model", "language model"),    // not scored
                e("ModelClass", "ResNet", "ResNet-50"),                  // not scored, but the miss is explained
                e("Method", "TinyQA", "TinyQA"),                         // gold says Model: wrong type
                e("Task", "question answering", "question answering")));
        ExternalReport r = eval.report();
        assertEquals(new Counts(1, 1, 3), r.get("Model"));
        assertEquals(new Counts(1, 0, 0), r.get("Dataset"));
        assertEquals(new Counts(1, 0, 0), r.get("Task"));
        assertEquals(new Counts(0, 1, 1), r.get("Method"));
        assertEquals(Counts.ZERO, r.get("Hardware"));
        assertEquals(new Counts(3, 2, 4), r.overall());
        assertEquals(1, r.records());
        assertEquals(7, r.goldEntities());
        String table = r.table();
        assertTrue(table.startsWith("GSAP-NER\ncategory"), table);
        assertTrue(table.contains("entities         3     2     4  0.600  0.429  0.500"), table);
        assertTrue(table.contains("ignored mentions DatasetGeneric 1, MLModelGeneric 1"), table);
        assertTrue(table.contains("false hits on spans the corpus labels otherwise: 1 of 2: MLModel 1"), table);
        assertTrue(table.contains("misses found under another of our types: 2 of 4: Method 1, ModelClass 1"), table);
        assertTrue(r.verbose().contains("  - Model: Model ResNet-50\n"), r.verbose());
        assertTrue(r.verbose().contains("  + Model: Model BERT\n"), r.verbose());
    }

    @Test
    void sciercScoresModelsAsMethodsAndKeepsMaterialOutOfTheOverallFigure() {
        ExternalEvaluation eval = new ExternalEvaluation(TypeMapping.SCIERC, null, "scierc-mini.json");
        eval.score(Fixtures.scierc("scierc-mini.json").records.get(0), List.of(
                e("Model", "BERT", "BERT"),                              // SciERC has no Model type: scored as Method
                e("Method", "conditional random fields", "CRF"),
                e("Method", "F1", "F1"),                                 // a Metric there: false hit, labelled otherwise
                e("Task", "named entity recognition", "named entity recognition"),
                e("Dataset", "CoNLL-2003", "CoNLL-2003"),                // gold Material is "CoNLL-2003 corpus"
                e("Hardware", "GPU", "GPU")));
        ExternalReport r = eval.report();
        assertEquals(new Counts(2, 1, 1), r.get("Method"));
        assertEquals(new Counts(1, 0, 0), r.get("Task"));
        assertEquals(new Counts(0, 1, 1), r.get("Dataset"));
        assertEquals(new Counts(3, 1, 1), r.overall(), "Dataset (Material) is not in the overall figure");
        assertEquals(Counts.ZERO, r.get("Model"));
        String table = r.table();
        assertTrue(table.contains("Dataset *        0     1     1  0.000  0.000  0.000"), table);
        assertTrue(table.contains("Material → Dataset is loose"), table);
        assertTrue(table.contains("ignored mentions Generic 1, Metric 1"), table);
        assertTrue(table.contains("false hits on spans the corpus labels otherwise: 1 of 1: Metric 1"), table);
        assertTrue(table.contains("misses found under another of our types: 0 of 1)"), table);
    }

    @Test
    void theStandardPipelineOnTheFixturesIsScoredOverEveryGoldEntity() {
        ExternalEvaluation gsap = new ExternalEvaluation(TypeMapping.GSAP_NER, Pipelines.standardBuilder(0), "gsap-mini.jsonl");
        GsapNerReader.read(Fixtures.path("gsap-mini.jsonl"), gsap);
        ExternalReport g = gsap.report();
        assertEquals(2, g.records());
        assertEquals(10, g.goldEntities());
        assertEquals(10, g.overall().tp() + g.overall().fn(), "every gold entity is found or missed, once");
        // Named models and datasets of the field's vocabulary: a pipeline that misses these is broken.
        assertEquals(2, g.get("Dataset").tp(), g.verbose());
        assertTrue(g.get("Model").tp() >= 1, g.verbose());

        ExternalEvaluation scierc = new ExternalEvaluation(TypeMapping.SCIERC, Pipelines.standardBuilder(0), "scierc-mini.json");
        SciErcReader.read(Fixtures.path("scierc-mini.json"), scierc);
        ExternalReport s = scierc.report();
        assertEquals(2, s.records());
        Counts all = s.overall();
        assertEquals(6, all.tp() + all.fn(), s.verbose());
        assertEquals(s.get("Method").plus(s.get("Task")), all);
        assertTrue(s.get("Task").tp() >= 1, s.verbose());
    }
}
