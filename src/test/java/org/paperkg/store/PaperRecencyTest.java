package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.paperkg.rdf.RankingQuads.RankedPaper;

/**
 * The stored places of the newest papers (kg:recencyRank) are SPARQL's {@code ORDER BY DESC(?date) ?paper LIMIT n}
 * (the form papers.rq and proposed-by-type.rq had before the build kept them): on the seed graph, whose Daily Papers
 * records carry month-and-day dates beside full ones, and on a small store made to hold ties and mixed date types.
 */
class PaperRecencyTest {
    @TempDir
    Path tmp;

    private static List<String> sparql(KgStore store, int n) {
        String q = """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?paper WHERE { ?paper dcterms:date ?date } ORDER BY DESC(?date) ?paper LIMIT %d
                """.formatted(n);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> out.add(row.getResource("paper").getURI()));
                return out;
            }
        });
    }

    /** The papers in place order, checking that the places run 1, 2, 3, ... */
    private static List<String> ranked(KgStore store, int n) {
        List<RankedPaper> ranked = Txn.calculateRead(store.dataset(), () -> PaperRecency.rank(store.dataset(), n));
        List<String> out = new ArrayList<>();
        for (RankedPaper p : ranked) {
            assertEquals(out.size() + 1, p.rank());
            out.add(p.paper());
        }
        return out;
    }

    @Test
    void storedPlacesAreSparqlsOrderOnTheSeedGraph() {
        KgStore seeds = SeedStore.get();
        List<String> all = sparql(seeds, PaperRecency.NEWEST);
        assertTrue(all.size() > 50, "the seeds' papers have dates: " + all.size());
        for (int n : new int[] {PaperRecency.NEWEST, all.size(), 20, 7, 1}) assertEquals(sparql(seeds, n), ranked(seeds, n), "n = " + n);
        // and the build wrote them: the rankings graph holds the places of every dated seed paper
        List<String> stored = Txn.calculateRead(seeds.dataset(), () -> {
            List<String> out = new ArrayList<>();
            seeds.dataset().find(KG.RANKINGS_GRAPH, Node.ANY, KG.recencyRank, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI()));
            return out;
        });
        assertEquals(all.size(), stored.size());
        assertTrue(stored.containsAll(all));
    }

    @Test
    void equalDatesGoByIriAndMixedDateTypesSortAsSparqlSortsThem() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            String base = "https://w3id.org/paperkg/paper/h/";
            Object[][] papers = {
                    {"e", "2024-05-02", XSDDatatype.XSDdate}, {"b", "2024-05-02", XSDDatatype.XSDdate},
                    {"c", "2024-05-02", XSDDatatype.XSDdate}, {"a", "2023-12-31", XSDDatatype.XSDdate},
                    {"d", "2025-01-01", XSDDatatype.XSDdate}, {"f", "--05-03", XSDDatatype.XSDgMonthDay},
                    {"g", "--01-01", XSDDatatype.XSDgMonthDay}, {"h", "2024-05-02", XSDDatatype.XSDdate}};
            store.load(out -> {
                for (Object[] p : papers) {
                    Node paper = NodeFactory.createURI(base + p[0]);
                    out.quad(Quad.create(NodeFactory.createURI(base + p[0] + "/graph"), paper, KG.date,
                            NodeFactory.createLiteralDT((String) p[1], (XSDDatatype) p[2])));
                }
            });
            for (int n = 1; n <= papers.length + 1; n++) assertEquals(sparql(store, n), ranked(store, n), "n = " + n);
            // the four papers of 2024-05-02 after the one of 2025: by IRI
            assertEquals(List.of(base + "b", base + "c", base + "e", base + "h"), ranked(store, 8).subList(
                    ranked(store, 8).indexOf(base + "d") + 1, ranked(store, 8).indexOf(base + "d") + 5));
        }
    }
}
