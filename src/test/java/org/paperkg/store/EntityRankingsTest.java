package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.build.SeedStore;

/** The stored ranks equal the same rankings asked in SPARQL (ORDER BY count, then IRI) of the seed graph. */
class EntityRankingsTest {
    private static List<String> column(String q) {
        return SeedStore.rows(q).stream().map(r -> r.get("e")).toList();
    }

    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/paperkg/ontology#> ";
    private static final String ENTITIES = "<https://w3id.org/paperkg/graph/entities>";
    private static final String RANKINGS = "<https://w3id.org/paperkg/graph/rankings>";

    @Test
    void overallRankIsTheOrderOfPaperCounts() {
        List<String> expected = column(PREFIXES + "SELECT ?e { GRAPH " + ENTITIES + " { ?e kg:paperCount ?n } FILTER(?n >= 2) } "
                + "ORDER BY DESC(?n) STR(?e) LIMIT " + EntityRankings.OVERALL);
        List<String> stored = column(PREFIXES + "SELECT ?e { GRAPH " + RANKINGS + " { ?e kg:rank ?r } } ORDER BY ?r");
        assertTrue(expected.size() >= 20, "the seeds have entities two papers mention: " + expected.size());
        assertEquals(expected, stored);
    }

    @Test
    void rankInTypeIsTheOrderWithinEachType() {
        for (String type : List.of("Method", "Model", "Dataset", "Hardware", "Task", "ModelClass")) {
            List<String> expected = column(PREFIXES + "SELECT ?e { GRAPH " + ENTITIES + " { ?e a kg:" + type
                    + " ; kg:paperCount ?n } FILTER(?n >= 2) } ORDER BY DESC(?n) STR(?e) LIMIT " + EntityRankings.PER_TYPE);
            List<String> stored = column(PREFIXES + "SELECT ?e { GRAPH " + RANKINGS + " { ?e kg:rankInType ?r } "
                    + "GRAPH " + ENTITIES + " { ?e a kg:" + type + " } } ORDER BY ?r");
            assertEquals(expected, stored, type);
        }
    }
}
