package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.build.SeedStore;
import org.paperkg.rdf.CooccurrenceQuads.Pair;

/**
 * The counts read from store ids equal the same counts asked in SPARQL of the seed graph: the most-mentioned
 * entities by kg:paperCount (ties by IRI), and for each pair of them of different types the papers mentioning both.
 */
class CooccurrenceCountsTest {
    static KgStore store;

    @BeforeAll
    static void seedGraph() {
        store = SeedStore.get();
    }

    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/paperkg/ontology#> ";

    private static List<String> sparqlTop(int top) {
        String q = PREFIXES + "SELECT ?e { GRAPH <https://w3id.org/paperkg/graph/entities> { ?e kg:paperCount ?n } "
                + "FILTER(isIRI(?e) && ?n >= 1) } ORDER BY DESC(?n) STR(?e) LIMIT " + top;
        return SeedStore.rows(q).stream().map(r -> r.get("e")).toList();
    }

    @Test
    void mostMentionedEqualsTheSparqlRanking() {
        for (int top : new int[] {1, 5, 60}) {
            List<String> byIds = Txn.calculateRead(store.dataset(), () -> CooccurrenceCounts.mostMentioned(
                    org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable().getNodeTupleTable(),
                    top).stream().map(n -> n.getURI()).toList());
            assertEquals(sparqlTop(top), byIds, "top " + top);
        }
    }

    @Test
    void pairCountsEqualTheSparqlCounts() {
        List<String> top = sparqlTop(CooccurrenceCounts.TOP);
        StringBuilder values = new StringBuilder();
        for (String e : top) values.append('<').append(e).append("> ");
        String q = PREFIXES + "SELECT ?a ?b (COUNT(DISTINCT ?p) AS ?n) { VALUES ?a { " + values + "} VALUES ?b { " + values + "} "
                + "?p kg:mentions ?a , ?b . FILTER(STR(?a) < STR(?b)) "
                + "FILTER(STRBEFORE(STRAFTER(STR(?a), \"/entity/\"), \"/\") != STRBEFORE(STRAFTER(STR(?b), \"/entity/\"), \"/\")) } "
                + "GROUP BY ?a ?b HAVING (COUNT(DISTINCT ?p) >= 2) ORDER BY ?a ?b";
        List<String> expected = SeedStore.rows(q).stream()
                .map(r -> r.get("a") + " " + r.get("b") + " " + Integer.parseInt(r.get("n"))).toList();
        List<String> counted = Txn.calculateRead(store.dataset(), () -> CooccurrenceCounts.count(store.dataset(), CooccurrenceCounts.TOP))
                .stream().map((Pair p) -> p.first() + " " + p.second() + " " + p.papers()).toList();
        assertTrue(expected.size() >= 10, "the seeds have pairs: " + expected);
        assertEquals(expected, counted);
    }
}
