package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canned query in queries/ runs against the seed graph in a real TDB2 store ({@link SeedStore}), and its rows
 * hold facts the seed abstracts state (checked against the abstracts, not copied from the output).
 */
class CannedQueriesTest {
    /** Rows as maps of variable → lexical form (IRI or literal text). */
    static List<Map<String, String>> rows(String file) throws IOException {
        return rowsOf(Files.readString(Path.of("queries", file)));
    }

    static List<Map<String, String>> rowsOf(String text) {
        return SeedStore.rows(text);
    }

    static void assertHasRow(List<Map<String, String>> rows, String what, Predicate<Map<String, String>> p) {
        assertTrue(rows.stream().anyMatch(p), () -> "expected a row with " + what + " in " + rows);
    }

    static Stream<String> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryStartsWithACommentAndReturnsRows(String file) throws IOException {
        assertTrue(Files.readString(Path.of("queries", file)).startsWith("# "), file + " starts with a comment saying what it answers");
        assertTrue(!rows(file).isEmpty(), file + " returns rows on the seed graph");
    }

    @Test
    void papers() throws IOException {
        var rows = rows("papers.rq");
        // the papers whose record gives a date (the daily-papers seeds; the Abstract: lines have none)
        String dated = rowsOf("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p dcterms:date ?d }")
                .get(0).get("n");
        assertTrue(Integer.parseInt(dated) > 10, dated);
        assertEquals(Integer.parseInt(dated), rows.size());
        assertHasRow(rows, "the paper read from two files with 2 sources", r ->
                r.get("title") != null && r.get("title").startsWith("Learning a Consensus Sub-Network") && r.get("sources").equals("2"));
        assertHasRow(rows, "003-01's date and 8 authors", r ->
                "Yell At Your Robot: Improving On-the-Fly from Language Corrections".equals(r.get("title"))
                        && "2024-03-19".equals(r.get("date")) && "8".equals(r.get("authors")));
    }

    @Test
    void speedupsWithTheirBaselineAndHardware() throws IOException {
        // "8.3x faster and 75x more energy-efficient than a Titan X GPU" on a Virtex-7 FPGA.
        assertHasRow(rows("speedups.rq"), "8.3x against Titan X on an FPGA", r -> "8.3x".equals(r.get("value"))
                && r.get("baseline") != null && r.get("baseline").contains("Titan X")
                && r.get("targets") != null && r.get("targets").contains("FPGA"));
    }

    @Test
    void resultsByMetric() throws IOException {
        var rows = rows("results.rq");
        assertHasRow(rows, "FedSkel's 64.8% communication cost reduction", r ->
                "64.8%".equals(r.get("value")) && r.get("metric").contains("communication cost"));
        assertHasRow(rows, "75x energy efficiency", r -> "75x".equals(r.get("value")) && r.get("metric").contains("energy efficiency"));
    }

    @Test
    void hardwareAndModels() throws IOException {
        assertHasRow(rows("hardware-and-models.rq"), "ResNet-50 on an FPGA", r ->
                "FPGA".equals(r.get("hardware")) && "ResNet-50".equals(r.get("model")));
    }

    @Test
    void methodsPerHardware() throws IOException {
        assertHasRow(rows("methods-per-hardware.rq"), "federated learning on edge devices", r ->
                "edge devices".equals(r.get("hardware")) && "federated learning".equals(r.get("method"))
                        && Integer.parseInt(r.get("papers")) >= 1);
    }

    @Test
    void datasetsPerModel() throws IOException {
        var rows = rows("datasets-per-model.rq");
        assertHasRow(rows, "ResNet-50 evaluated on ImageNet", r ->
                "ResNet-50".equals(r.get("model")) && r.get("datasets").contains("ImageNet"));
        // the query reads the stored model-datasets graph: it answers what the join through the papers answers
        var live = rowsOf("""
                PREFIX kg: <https://w3id.org/paperkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?model ?datasets ?papers {
                  { SELECT ?m (GROUP_CONCAT(DISTINCT ?dataset; separator=" | ") AS ?datasets) (COUNT(DISTINCT ?paper) AS ?papers) {
                      ?paper kg:evaluatedOn ?d ; kg:usesModel ?m . ?d rdfs:label ?dataset } GROUP BY ?m }
                  ?m rdfs:label ?model } ORDER BY DESC(?papers) ?model""");
        assertEquals(comparable(live), comparable(rows));
    }

    /** Rows as text with each row's " | "-joined datasets sorted, since GROUP_CONCAT's order is not defined. */
    private static List<String> comparable(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("model") + " / " + r.get("papers") + " / "
                + Stream.of(r.get("datasets").split(" \\| ")).sorted().toList()).toList();
    }

    @Test
    void proposedByType() throws IOException {
        var rows = rows("proposed-by-type.rq");
        // what the dated (daily-papers) seed abstracts introduce
        assertHasRow(rows, "DAPFAM, a proposed Dataset", r -> "Dataset".equals(r.get("type")) && "DAPFAM".equals(r.get("artifact")));
        assertHasRow(rows, "the HNLPU, a proposed Hardware", r -> "Hardware".equals(r.get("type"))
                && r.get("artifact").startsWith("Hardwired-Neurons Language Processing Unit"));
        assertHasRow(rows, "SpecVLM, a proposed Method", r -> "Method".equals(r.get("type")) && "SpecVLM".equals(r.get("artifact")));
        assertHasRow(rows, "Jellyfish, a proposed Model", r -> "Model".equals(r.get("type")) && "Jellyfish".equals(r.get("artifact")));
    }

    @Test
    void topEntitiesPerType() throws IOException {
        var rows = rows("top-entities-per-type.rq");
        assertHasRow(rows, "CIFAR-10 in several papers", r -> "CIFAR-10".equals(r.get("entity")) && Integer.parseInt(r.get("papers")) >= 3);
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("papers")) >= 2));
    }

    @Test
    void papersMentioningFpga() throws IOException {
        var rows = rows("papers-mentioning.rq");
        assertTrue(rows.stream().map(r -> r.get("paper")).distinct().count() >= 2, rows::toString);
        assertTrue(rows.stream().allMatch(r -> "FPGA".equals(r.get("entity"))), rows::toString);
    }

    /**
     * The lookup by kg:nameKey finds what comparing the typed name with every label and altLabel finds (the query's
     * earlier, scanning form, kept here as the definition), for names written as the abstracts and as users write them.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"FPGA", "fpga", "ResNet50", "resnet-50", "Titan X", "CIFAR10",
            "knowledge distillation", "Knowledge-Distillation", "KD", "GPU", "no such entity"})
    void papersMentioningByKeyEqualsTheScan(String name) throws IOException {
        String canned = Files.readString(Path.of("queries", "papers-mentioning.rq"));
        String bound = canned.replace("VALUES ?name { \"FPGA\" }", "VALUES ?name { \"" + name + "\" }");
        String scan = canned.substring(0, canned.indexOf("SELECT")) + """
                SELECT DISTINCT ?entity ?title ?paper WHERE {
                  VALUES ?name { "%s" }
                  ?e rdfs:label ?entity .
                  { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n }
                  FILTER(LCASE(REPLACE(?n, "[^A-Za-z0-9]", "")) = LCASE(REPLACE(?name, "[^A-Za-z0-9]", "")))
                  ?paper kg:mentions ?e .
                  OPTIONAL { ?paper dcterms:title ?title }
                }
                ORDER BY ?title ?paper
                """.formatted(name);
        List<Map<String, String>> byKey = rowsOf(bound);
        assertEquals(rowsOf(scan), byKey);
        if (!name.equals("no such entity")) assertTrue(!byKey.isEmpty(), "the seeds mention " + name);
    }

    @Test
    void cooccurringEntities() throws IOException {
        var rows = rows("cooccurring-entities.rq");
        assertTrue(rows.stream().allMatch(r -> !r.get("typeA").equals(r.get("typeB")) && Integer.parseInt(r.get("papers")) >= 2));
        assertHasRow(rows, "LLMs with supervised fine-tuning", r ->
                (r.get("a") + "|" + r.get("b")).toLowerCase().contains("large language model")
                        && (r.get("a") + "|" + r.get("b")).toLowerCase().contains("fine-tuning"));
    }

    @Test
    void entityAliasesAndFamilies() throws IOException {
        assertHasRow(rows("entity-aliases.rq"), "CIFAR-100 written CIFAR100, of family CIFAR", r ->
                "CIFAR-100".equals(r.get("entity")) && r.get("aliases").contains("CIFAR100") && "CIFAR".equals(r.get("family")));
    }
}
