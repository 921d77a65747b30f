package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.build.SeedStore;

/**
 * The model-datasets graph a build writes holds what the join through the papers answers live on the seed graph:
 * every (model, dataset) pair with the papers that use the one and are evaluated on the other, each model's papers
 * evaluated on some dataset, and nothing else.
 */
class ModelDatasetCountsTest {
    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/paperkg/ontology#> ";
    private static final String GRAPH = "<https://w3id.org/paperkg/graph/model-datasets>";

    @BeforeAll
    static void seedGraph() {
        SeedStore.get();
    }

    private static List<String> lines(String sparql, String... vars) {
        return SeedStore.rows(PREFIXES + sparql).stream().map(r -> {
            StringBuilder b = new StringBuilder();
            for (String v : vars) b.append(r.get(v)).append(' ');
            return b.toString().trim();
        }).toList();
    }

    @Test
    void storedPairsEqualTheJoinThroughThePapers() {
        List<String> live = lines("SELECT ?m ?d (COUNT(DISTINCT ?p) AS ?n) { ?p kg:evaluatedOn ?d ; kg:usesModel ?m } "
                + "GROUP BY ?m ?d ORDER BY ?m ?d", "m", "d", "n");
        List<String> stored = lines("SELECT ?m ?d ?n { GRAPH " + GRAPH + " { ?c a kg:ModelOnDataset ; kg:model ?m ; "
                + "kg:dataset ?d ; kg:jointPaperCount ?n } } ORDER BY ?m ?d", "m", "d", "n");
        assertTrue(live.size() >= 10, "the seeds pair models with datasets: " + live);
        assertEquals(live, stored);
        List<String> direct = lines("SELECT ?m ?d { GRAPH " + GRAPH + " { ?m kg:evaluationDataset ?d } } ORDER BY ?m ?d", "m", "d");
        assertEquals(live.stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList(), direct);
    }

    @Test
    void eachModelCountsAPaperOnceHoweverManyDatasetsItNames() {
        List<String> live = lines("SELECT ?m (COUNT(DISTINCT ?p) AS ?n) { ?p kg:evaluatedOn ?d ; kg:usesModel ?m } "
                + "GROUP BY ?m ORDER BY ?m", "m", "n");
        List<String> stored = lines("SELECT ?m ?n { GRAPH " + GRAPH + " { ?m kg:evaluatedPaperCount ?n } } ORDER BY ?m", "m", "n");
        assertEquals(live, stored);
        // a paper on two datasets counts once for the model and once in each pair: somewhere a model's papers are
        // fewer than the sum over its pairs, else the test would not tell the two counts apart
        long fewer = SeedStore.rows(PREFIXES + "SELECT ?m { GRAPH " + GRAPH + " { ?m kg:evaluatedPaperCount ?n . "
                + "{ SELECT ?m (SUM(?k) AS ?sum) { ?c kg:model ?m ; kg:jointPaperCount ?k } GROUP BY ?m } } FILTER(?n < ?sum) }").size();
        assertTrue(fewer >= 1, "some seed paper pairs a model with two datasets");
    }

    @Test
    void theGraphHoldsNothingElse() {
        List<String> predicates = lines("SELECT DISTINCT ?q { GRAPH " + GRAPH + " { ?s ?q ?o } } ORDER BY ?q", "q");
        assertEquals(List.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                "https://w3id.org/paperkg/ontology#dataset", "https://w3id.org/paperkg/ontology#evaluatedPaperCount",
                "https://w3id.org/paperkg/ontology#evaluationDataset", "https://w3id.org/paperkg/ontology#jointPaperCount",
                "https://w3id.org/paperkg/ontology#model"), predicates);
    }
}
