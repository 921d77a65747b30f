package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.Pipelines;

/** The stored ranks equal the same rankings asked in SPARQL (ORDER BY count, then IRI) of the seed graph. */
class EntityRankingsTest {
    @TempDir
    static Path tmp;
    static KgStore store;

    @BeforeAll
    static void build() {
        store = KgStore.open(tmp.resolve("db"));
        Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> column(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get("e").toString()));
            }
            return out;
        });
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
