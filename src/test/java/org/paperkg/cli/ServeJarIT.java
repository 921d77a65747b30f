package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, for real: the shaded jar started as a child process with {@code serve} on an empty
 * store builds the seed graph and serves it; the test talks to it over HTTP like the console and a SPARQL client do.
 */
class ServeJarIT {
    @TempDir
    static Path tmp;
    static Process process;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        String jar = System.getProperty("paperkg.jar", "target/paperkg.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "the shaded jar must exist: " + jar);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Path log = tmp.resolve("serve.log");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "serve", "--db", tmp.resolve("db").toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                if (get("/$/ping", "*/*").statusCode() == 200) break;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) throw new AssertionError("serve exited: " + Files.readString(log));
            if (System.nanoTime() > deadline) throw new AssertionError("serve did not come up: " + Files.readString(log));
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> sparql(String endpoint, String query) throws IOException, InterruptedException {
        return get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void consoleIsServedAtTheRoot() throws Exception {
        HttpResponse<String> index = get("/", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<script"), "the console's page loads its scripts");
        HttpResponse<String> server = get("/$/server", "application/json");
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("\"/kg\""), server.body());
    }

    @Test
    void seedGraphHasEightySixPapersOnBothQueryEndpoints() throws Exception {
        for (String endpoint : List.of("/kg/sparql", "/kg/query")) {
            HttpResponse<String> r = sparql(endpoint,
                    "PREFIX kg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a kg:Paper }");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("86", r.body().lines().skip(1).findFirst().orElseThrow().strip());
        }
    }

    @Test
    void defaultGraphIsTheUnionOfPaperGraphsAndOntology() throws Exception {
        // The paper's triples and its class's label live in different named graphs; one pattern without GRAPH joins them.
        HttpResponse<String> r = sparql("/kg/sparql", """
                PREFIX kg: <https://w3id.org/paperkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ?c . ?c rdfs:label "Paper"@en }""");
        assertEquals("86", r.body().lines().skip(1).findFirst().orElseThrow().strip(), r.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 403 || r.statusCode() == 404 || r.statusCode() == 405, "status " + r.statusCode());
        HttpResponse<String> ask = get("/kg/sparql?query=" + URLEncoder.encode("ASK { GRAPH <urn:x> { ?s ?p ?o } }",
                StandardCharsets.UTF_8), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void exportsTheWholeGraphAsNQuads() throws Exception {
        HttpResponse<String> r = get("/kg", "application/n-quads");
        assertEquals(200, r.statusCode());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(ds);
        assertTrue(ds.asDatasetGraph().stream().count() > 800, "the seed graph has hundreds of quads");
        assertEquals(86, ds.asDatasetGraph().getUnionGraph().find(null,
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/ontology#Paper")).toList().size());
    }
}
