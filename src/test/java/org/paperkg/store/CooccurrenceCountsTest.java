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
import org.paperkg.rdf.CooccurrenceQuads.Pair;

/**
 * The counts read from store ids equal the same counts asked in SPARQL of the seed graph: the most-mentioned
 * entities by kg:paperCount (ties by IRI), and for each pair of them of different types the papers mentioning both.
 */
class CooccurrenceCountsTest {
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

    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/paperkg/ontology#> ";

    private static List<String> sparqlTop(int top) {
        String q = PREFIXES + "SELECT ?e { GRAPH <https://w3id.org/paperkg/graph/entities> { ?e kg:paperCount ?n } "
                + "FILTER(isIRI(?e) && ?n >= 1) } ORDER BY DESC(?n) STR(?e) LIMIT " + top;
        return column(q, "e");
    }

    private static List<String> column(String q, String var) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get(var).toString()));
            }
            return out;
        });
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
        List<String> expected = Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get("a") + " " + s.get("b") + " " + s.getLiteral("n").getInt()));
            }
            return out;
        });
        List<String> counted = Txn.calculateRead(store.dataset(), () -> CooccurrenceCounts.count(store.dataset(), CooccurrenceCounts.TOP))
                .stream().map((Pair p) -> p.first() + " " + p.second() + " " + p.papers()).toList();
        assertTrue(expected.size() >= 10, "the seeds have pairs: " + expected);
        assertEquals(expected, counted);
    }
}
