package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.cli.Main;
import org.paperkg.store.KgStore;

/** {@code paperkg query --param NAME=VALUE}: values are bound as RDF literals, so injection strings stay strings. */
class QueryParamTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        assertEquals(0, Main.run("build", "--db", db.toString(), "seeds"));
    }

    /** Runs the CLI in this JVM and returns exit code and standard output. */
    record Run(int code, String out) {}

    static synchronized Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    static List<String> jsonColumn(String json, String var) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(json).path("results").path("bindings")) {
            out.add(b.path(var).path("value").asText(null));
        }
        return out;
    }

    static String quads() {
        try (KgStore kg = KgStore.open(db)) {
            return String.valueOf(kg.stats().get("quads"));
        }
    }

    @Test
    void cannedQueryTakesItsNameAsAParameter() throws Exception {
        Path file = Path.of("queries/papers-mentioning.rq");
        Run byDefault = run("query", "--db", db.toString(), file.toString(), "--format", "json");
        Run bound = run("query", "--db", db.toString(), file.toString(), "--param", "name=FPGA", "--format", "json");
        assertEquals(0, bound.code());
        List<String> fpga = jsonColumn(bound.out(), "paper");
        assertTrue(fpga.size() > 0, "the seed graph has papers mentioning FPGAs");
        assertEquals(jsonColumn(byDefault.out(), "paper"), fpga, "binding FPGA = the file's VALUES default");

        // Another value gives that value's rows: the same as the file with its VALUES line edited by hand.
        Path edited = tmp.resolve("gpu.rq");
        Files.writeString(edited, Files.readString(file).replace("VALUES ?name { \"FPGA\" }", "VALUES ?name { \"GPU\" }"));
        Run gpuEdited = run("query", "--db", db.toString(), edited.toString(), "--format", "json");
        Run gpuBound = run("query", "--db", db.toString(), file.toString(), "--param", "name=GPU", "--format", "json");
        assertEquals(jsonColumn(gpuEdited.out(), "paper"), jsonColumn(gpuBound.out(), "paper"));
        assertNotEquals(fpga, jsonColumn(gpuBound.out(), "paper"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x\" } ; DROP ALL ; #",
            "\"} UNION { ?s ?p ?o }",
            "FPGA\" ) } } UNION { ?paper ?p ?title } #",
            "line one\nline two\r\n} SELECT * WHERE { ?s ?p ?o",
            "'; DELETE WHERE { ?s ?p ?o } ; '",
            "\\\" \\u0022 <http://evil/> $name ?name"})
    void injectionStringsAreOnlyValues(String hostile) throws Exception {
        String before = quads();
        // The value comes back exactly as given: it was one literal, not query text.
        Run echo = run("query", "--db", db.toString(), "--query", "SELECT ?name WHERE { }", "--param", "name=" + hostile,
                "--format", "json");
        assertEquals(0, echo.code(), echo.out());
        assertEquals(List.of(hostile), jsonColumn(echo.out(), "name"));

        // In the canned query it is a name no entity has: no rows (an injected UNION would return the whole graph).
        Run canned = run("query", "--db", db.toString(), "queries/papers-mentioning.rq", "--param", "name=" + hostile,
                "--format", "json");
        assertEquals(0, canned.code(), canned.out());
        assertEquals(List.of(), jsonColumn(canned.out(), "paper"));
        assertEquals(before, quads(), "nothing was dropped or deleted");
    }

    @Test
    void unknownOrBadParameterNamesAreUserErrors() {
        assertEquals(1, run("query", "--db", db.toString(), "--query", "SELECT ?a WHERE { ?a ?b ?c }", "--param", "zz=1").code());
        assertEquals(1, run("query", "--db", db.toString(), "--query", "SELECT ?a WHERE { ?a ?b ?c }", "--param", "a b=1").code());
        assertEquals(1, run("query", "--db", db.toString(), "--query", "SELECT ?a WHERE { BIND(1 AS ?a) }", "--param", "a=1").code());
    }
}
