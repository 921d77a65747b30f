package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.GraphValidator;
import org.paperkg.store.KgStore;

/** The seed corpora built into a real TDB2 store: counts, merging, provenance offsets, SHACL, idempotence. */
class SeedGraphTest {
    @TempDir
    static Path tmp;
    static KgStore store;
    static BuildSummary summary;

    @BeforeAll
    static void build() {
        store = KgStore.open(tmp.resolve("db"));
        summary = Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<QuerySolution> select(DatasetGraph dsg, String sparql) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                    .query("PREFIX kg: <https://w3id.org/paperkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                            + "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                            + sparql).build()) {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static long count(DatasetGraph dsg, String sparql) {
        return select(dsg, sparql).get(0).getLiteral("n").getLong();
    }

    @Test
    void readsEightySevenRecordsAsEightySixPapers() {
        assertEquals(87, summary.recordsRead());
        assertEquals(86, summary.papersAdded());
        assertEquals(1, summary.duplicateRecords());
        assertEquals(86, count(store.dataset(), "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a kg:Paper }"));
        assertEquals(87, count(store.dataset(), "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?p dcterms:source ?s }"));
    }

    @Test
    void everyEntitysPaperCountIsTheNumberOfPapersThatMentionIt() {
        List<QuerySolution> wrong = select(store.dataset(), """
                SELECT ?e ?c ?n {
                  GRAPH <https://w3id.org/paperkg/graph/entities> { ?e kg:paperCount ?c }
                  OPTIONAL { SELECT ?e (COUNT(DISTINCT ?p) AS ?m) { ?p kg:mentions ?e } GROUP BY ?e }
                  BIND(COALESCE(?m, 0) AS ?n)
                  FILTER(?c != ?n) }""");
        assertEquals(List.of(), wrong.stream().map(Object::toString).toList());
        // the most-mentioned seed entities are in several papers, and every mentioned entity is counted
        assertTrue(count(store.dataset(), "SELECT (MAX(?c) AS ?n) { ?e a kg:ModelClass ; kg:paperCount ?c }") >= 10);
        assertEquals(0, count(store.dataset(), "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?p kg:mentions ?e FILTER NOT EXISTS { ?e kg:paperCount ?c } }"));
    }

    @Test
    void storedCooccurrencesCountThePapersThatMentionBothEntities() {
        List<QuerySolution> pairs = select(store.dataset(), """
                SELECT ?x ?y ?n (COUNT(DISTINCT ?p) AS ?m) {
                  ?c a kg:Cooccurrence ; kg:entity ?x , ?y ; kg:jointPaperCount ?n . FILTER(STR(?x) < STR(?y))
                  ?p kg:mentions ?x , ?y .
                } GROUP BY ?x ?y ?n""");
        assertTrue(pairs.size() >= 20, "pairs among the seeds' most-mentioned entities: " + pairs.size());
        for (QuerySolution row : pairs) {
            assertEquals(row.getLiteral("m").getInt(), row.getLiteral("n").getInt(), () -> "papers of " + row);
            assertTrue(row.getLiteral("n").getInt() >= 2, row::toString);
        }
        assertEquals(pairs.size(), count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?c a kg:Cooccurrence }"));
    }

    @Test
    void samePaperFromTwoFilesIsOnePaperWithBothSources() {
        List<QuerySolution> rows = select(store.dataset(), """
                SELECT ?p (GROUP_CONCAT(?id; separator=",") AS ?ids) {
                  ?p dcterms:source ?s . ?s kg:recordId ?id } GROUP BY ?p HAVING (COUNT(?s) > 1)""");
        assertEquals(1, rows.size());
        List<String> ids = Arrays.stream(rows.get(0).getLiteral("ids").getString().split(",")).sorted().toList();
        assertEquals(List.of("003-02", "004-19"), ids);
    }

    @Test
    void everyPaperLivesInItsOwnNamedGraph() {
        assertEquals(86, count(store.dataset(),
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?p a kg:Paper } }"));
        assertEquals(0, count(store.dataset(),
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?p a kg:Paper } GRAPH ?h { ?p a kg:Paper } FILTER(?g != ?h) }"));
    }

    @Test
    void everySelectorPointsAtItsExactTextInTheStoredAbstractOrTitle() {
        List<QuerySolution> bad = select(store.dataset(), """
                SELECT ?exact ?start ?end ?field ?p {
                  ?a oa:hasTarget ?t . ?t oa:hasSource ?p ; oa:hasSelector ?s .
                  ?s oa:start ?start ; oa:end ?end ; oa:exact ?exact ; kg:textField ?field .
                  OPTIONAL { ?p dcterms:abstract ?abs } OPTIONAL { ?p dcterms:title ?title }
                  BIND(IF(?field = "title", ?title, ?abs) AS ?text)
                  FILTER(SUBSTR(?text, ?start + 1, ?end - ?start) != ?exact)
                }""");
        assertTrue(bad.isEmpty(), () -> "selectors not matching their text: " + bad);
    }

    @Test
    void conformsToTheShapes() {
        ValidationReport report = GraphValidator.validate(store.dataset());
        assertTrue(report.conforms(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(new java.io.PrintStream(out, true, StandardCharsets.UTF_8), report);
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    @Test
    void buildingAgainGivesTheSameGraphTripleForTriple() {
        String before = sortedNQuads(store.dataset());
        BuildSummary again = Pipelines.standardBuilder(0).buildInto(store, List.of(Path.of("seeds")));
        assertEquals(0, again.papersAdded(), "a second build of the same input adds no paper");
        assertEquals(86, again.papersAlreadyPresent());
        assertEquals(before, sortedNQuads(store.dataset()));

        try (KgStore fresh = KgStore.open(tmp.resolve("db2"))) {
            Pipelines.standardBuilder(0).buildInto(fresh, List.of(Path.of("seeds")));
            assertEquals(before, sortedNQuads(fresh.dataset()), "a fresh store gets the same quads");
        }
    }

    static String sortedNQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        });
    }
}
