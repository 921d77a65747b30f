package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.eval.ExtractedRecord.Entity;
import org.paperkg.eval.ExtractedRecord.Rel;
import org.paperkg.eval.ExtractedRecord.Result;

class ScorerTest {
    private static final String GOLD = """
            {"id": "x-01", "title": null, "entities": [{"type": "Method", "label": "Reinforcement Learning from Human Feedback", "aliases": ["RLHF"]}, {"type": "Hardware", "label": "Titan X GPU", "aliases": []}, {"type": "Method", "label": "FedSkel", "aliases": []}], "proposed": [{"type": "Method", "label": "FedSkel"}], "relations": [{"rel": "comparedWith", "object": "Titan X GPU"}], "results": [{"metric": "energy efficiency improvement", "value": "75x", "number": 75, "unit": "x", "baseline": "Titan X GPU"}, {"metric": "inference latency", "value": "7ms", "number": 7, "unit": "ms", "baseline": null}]}
            {"id": "x-02", "title": "T", "entities": [], "proposed": [], "relations": [], "results": []}
            """;

    private static Map<String, GoldFile.GoldRecord> gold() {
        return GoldFile.read(new StringReader(GOLD));
    }

    private static ExtractedRecord perfect() {
        return new ExtractedRecord("x-01",
                List.of(new Entity("Method", "Reinforcement Learning from Human Feedback"), new Entity("Hardware", "Titan X GPU"),
                        new Entity("Method", "FedSkel")),
                List.of(new Entity("Method", "FedSkel")),
                List.of(new Rel("comparedWith", "Titan X GPU", List.of())),
                List.of(new Result("energy efficiency", "75x", new BigDecimal("75"), "x", null),
                        new Result("latency", "7ms", new BigDecimal("7.0"), "ms", null)));
    }

    @Test
    void readsGold() {
        Map<String, GoldFile.GoldRecord> g = gold();
        assertEquals(2, g.size());
        ExtractedRecord a = g.get("x-01").annotation();
        assertEquals(List.of("RLHF"), a.entities().get(0).aliases());
        assertEquals(0, new BigDecimal("75").compareTo(a.results().get(0).number()));
        assertEquals("T", g.get("x-02").title());
    }

    @Test
    void perfectExtractionScoresOne() {
        EvalReport r = new Scorer().score(gold(), Map.of("x-01", perfect()));
        for (String c : List.of("entities", "Method", "Hardware", "proposed", "relations", "results")) {
            assertEquals(1.0, r.get(c).f1(), c);
        }
        assertEquals(new Counts(3, 0, 0), r.get("entities"));
        assertTrue(r.table().contains("proposed"));
    }

    @Test
    void aliasMatchesButWrongTypeDoesNot() {
        ExtractedRecord x = new ExtractedRecord("x-01",
                List.of(new Entity("Method", "R.L.H.F.", List.of()), new Entity("Model", "Titan X GPU")),
                List.of(new Entity("Hardware", "FedSkel")), List.of(), List.of());
        EvalReport r = new Scorer().score(gold(), Map.of("x-01", x));
        assertEquals(new Counts(1, 0, 1), r.get("Method")); // RLHF via alias; FedSkel not extracted as entity
        assertEquals(new Counts(0, 0, 1), r.get("Hardware"));
        assertEquals(new Counts(0, 1, 0), r.get("Model"));
        assertEquals(new Counts(0, 1, 1), r.get("proposed"));
        assertTrue(r.verbose().contains("+ proposed: Hardware FedSkel"));
        assertTrue(r.verbose().contains("- proposed: Method FedSkel"));
    }

    @Test
    void duplicatesAreNotFalseHits() {
        ExtractedRecord x = new ExtractedRecord("x-01",
                List.of(new Entity("Method", "RLHF"), new Entity("Method", "Reinforcement Learning from Human Feedback"),
                        new Entity("Method", "LoRA"), new Entity("Method", "lora")),
                List.of(), List.of(), List.of());
        EvalReport r = new Scorer().score(gold(), Map.of("x-01", x));
        assertEquals(new Counts(1, 1, 1), r.get("Method"));
    }

    @Test
    void resultsMatchOnMetricKeywordAndNumber() {
        Result gold = new Result("energy efficiency improvement", "75x", new BigDecimal("75"), "x", null);
        assertTrue(Scorer.resultMatches(gold, new Result("energy efficiency", "75x", new BigDecimal("75.0"), "x", null)));
        assertFalse(Scorer.resultMatches(gold, new Result("speedup", "75x", new BigDecimal("75"), "x", null)));
        assertFalse(Scorer.resultMatches(gold, new Result("energy efficiency", "7.5x", new BigDecimal("7.5"), "x", null)));
        Result generic = new Result("improvement", "7%", new BigDecimal("7"), "%", null);
        assertTrue(Scorer.resultMatches(generic, new Result("accuracy improvement", "7%", new BigDecimal("7"), "%", null)));
        assertFalse(Scorer.resultMatches(generic, new Result("accuracy", "7%", new BigDecimal("7"), "%", null)));
        assertTrue(Scorer.resultMatches(new Result("training compute", "1/3", new BigDecimal("0.333"), null, null),
                new Result("compute", "1/3", new BigDecimal("0.3333"), null, null)));
    }

    @Test
    void emptySets() {
        EvalReport none = new Scorer().score(gold(), Map.of());
        assertEquals(new Counts(0, 0, 3), none.get("entities"));
        assertEquals(0.0, none.get("entities").f1());
        assertEquals(2, none.records());
        // x-02 has empty gold: extracting nothing there is perfect, extracting something is a false hit
        Map<String, GoldFile.GoldRecord> only2 = Map.of("x-02", gold().get("x-02"));
        assertEquals(1.0, new Scorer().score(only2, Map.of()).get("proposed").f1());
        ExtractedRecord x = new ExtractedRecord("x-02", List.of(), List.of(new Entity("Method", "Foo")), List.of(), List.of());
        assertEquals(new Counts(0, 1, 0), new Scorer().score(only2, Map.of("x-02", x)).get("proposed"));
    }
}
