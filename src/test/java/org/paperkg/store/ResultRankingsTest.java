package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.SeedStore;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.RankingQuads.RankedResult;

/**
 * The stored places of results (kg:rankInMetric) equal what SPARQL answers for "the first k results by kg:number of
 * each of the first m metrics by number of results" (the LATERAL form results.rq had before the build kept them),
 * on the seed graph and on a small store made to hold ties.
 */
class ResultRankingsTest {
    @TempDir
    Path tmp;

    /** The definition: result IRI → its place within its metric, in SPARQL's order. */
    private static String definition(int metrics, int perMetric) {
        return """
                PREFIX kg: <https://w3id.org/paperkg/ontology#>
                SELECT ?metric ?r WHERE {
                  { SELECT ?metric WHERE { ?x kg:metric ?metric } GROUP BY ?metric ORDER BY DESC(COUNT(*)) ?metric LIMIT %d }
                  LATERAL { SELECT ?metric ?r ?number WHERE { ?r kg:metric ?metric ; kg:number ?number }
                            ORDER BY DESC(?number) ?r LIMIT %d }
                }
                ORDER BY ?metric DESC(?number) ?r
                """.formatted(metrics, perMetric);
    }

    private static Map<String, Integer> places(KgStore store, String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(sparql).build()) {
                Map<String, Integer> inMetric = new HashMap<>();
                Map<String, Integer> out = new LinkedHashMap<>();
                qe.execSelect().forEachRemaining(row -> {
                    String metric = row.getLiteral("metric").getLexicalForm();
                    out.put(row.getResource("r").getURI(), inMetric.merge(metric, 1, Integer::sum));
                });
                return out;
            }
        });
    }

    private static Map<String, Integer> ranked(KgStore store, int metrics, int perMetric) {
        List<RankedResult> ranked = Txn.calculateRead(store.dataset(), () -> ResultRankings.rank(store.dataset(), metrics, perMetric));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (RankedResult r : ranked) out.put(r.result(), r.rank());
        return out;
    }

    @Test
    void storedPlacesAreSparqlsOrderOnTheSeedGraph() {
        KgStore seeds = SeedStore.get();
        Map<String, Integer> expected = places(seeds, definition(ResultRankings.METRICS, ResultRankings.PER_METRIC));
        Map<String, Integer> stored = places(seeds, """
                PREFIX kg: <https://w3id.org/paperkg/ontology#>
                SELECT ?metric ?r WHERE { GRAPH <https://w3id.org/paperkg/graph/rankings> { ?r kg:rankInMetric ?k }
                                          ?r kg:metric ?metric }
                ORDER BY ?metric ?k
                """);
        assertTrue(expected.size() >= 50, "the seeds report results: " + expected.size());
        assertEquals(expected, stored);
    }

    /**
     * Fewer metrics and places than the seeds hold, so that the cuts fall among metrics with as many results as each
     * other (the seeds' 6th and 7th have three each, the 8th to 20th two) and among a metric's results.
     */
    @Test
    void cutsFallWhereSparqlsDoOnTheSeedGraph() {
        KgStore seeds = SeedStore.get();
        for (int[] limits : new int[][] {{6, 3}, {8, 2}, {12, 1}, {1, 1}}) {
            Map<String, Integer> expected = places(seeds, definition(limits[0], limits[1]));
            assertTrue(!expected.isEmpty());
            assertEquals(expected, ranked(seeds, limits[0], limits[1]), limits[0] + " metrics, " + limits[1] + " a metric");
        }
    }

    @Test
    void equalCountsGoByMetricTextAndEqualNumbersByIri() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            Node g = NodeFactory.createURI("https://w3id.org/paperkg/graph/paper/h/test");
            store.load(out -> {
                // "speedup" and "Speedup" have three results each, "latency" two: by text, "Speedup" comes first
                Object[][] results = {
                        {"a", "speedup", "2.0"}, {"b", "speedup", "5.0"}, {"c", "speedup", "2.0"},
                        {"d", "Speedup", "1.5"}, {"e", "Speedup", "1.5"}, {"f", "Speedup", "1.5"},
                        {"g", "latency", "3.0"}, {"h", "latency", "30.0"}};
                for (Object[] r : results) {
                    Node s = NodeFactory.createURI("https://w3id.org/paperkg/paper/h/test/result/" + r[0]);
                    out.quad(Quad.create(g, s, KG.metric, NodeFactory.createLiteralString((String) r[1])));
                    out.quad(Quad.create(g, s, KG.number, NodeFactory.createLiteralDT((String) r[2], XSDDatatype.XSDdecimal)));
                }
            });
            String base = "https://w3id.org/paperkg/paper/h/test/result/";
            assertEquals(Map.of(base + "d", 1, base + "e", 2, base + "b", 1, base + "a", 2), ranked(store, 2, 2));
            for (int[] limits : new int[][] {{1, 2}, {2, 2}, {3, 3}, {3, 1}}) {
                assertEquals(places(store, definition(limits[0], limits[1])), ranked(store, limits[0], limits[1]),
                        limits[0] + " metrics, " + limits[1] + " a metric");
            }
        }
    }
}
