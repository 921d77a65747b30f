package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.build.Pipelines;

/**
 * The whole pipeline (extraction and linking, as the graph gets it) scored against the seed gold. The floors are
 * the F1 levels reached so far, so quality never silently regresses; raise them as extraction improves.
 */
class SeedQualityTest {
    static EvalReport report;

    /** Category → lowest acceptable F1. */
    static final Map<String, Double> F1_FLOORS = Map.of(
            "entities", 0.85,
            "Method", 0.82,
            "Model", 0.94,
            "Dataset", 0.94,
            "Hardware", 0.95,
            "Task", 0.80,
            "proposed", 0.88,
            "relations", 0.74,
            "results", 0.87);

    @BeforeAll
    static void evaluate() {
        report = GoldEvaluation.run(Pipelines.standardBuilder(0), Path.of("src/test/resources/gold/seed-gold.jsonl"),
                List.of(Path.of("seeds")));
        System.out.println("Seed gold, whole pipeline:\n" + report.table());
    }

    @Test
    void everyGoldRecordWasExtracted() {
        assertTrue(report.records() == 87, "87 seed records scored, got " + report.records());
    }

    @Test
    void noCategoryDropsBelowItsFloor() {
        StringBuilder failures = new StringBuilder();
        F1_FLOORS.forEach((category, floor) -> {
            double f1 = report.get(category).f1();
            if (f1 < floor) failures.append(String.format("%s F1 %.3f < floor %.2f%n", category, f1, floor));
        });
        assertTrue(failures.isEmpty(), failures::toString);
    }
}
