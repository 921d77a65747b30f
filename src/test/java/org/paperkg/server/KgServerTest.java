package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.server.KgFixture.*;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Starts the server once on a real TDB2 dataset and talks to it over HTTP. */
class KgServerTest {

    @TempDir
    static Path dir;

    static DatasetGraph dsg;
    static KgServer server;
    static Set<Quad> written;

    @BeforeAll
    static void startServer() {
        dsg = createDataset(dir.resolve("tdb2"));
        written = quads(dsg);
        server = KgServer.start(dsg, ServerOptions.defaults().withPort(0));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static String url(String path) {
        return server.baseUrl() + path;
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertTrue(server.port() > 0);
        assertNotEquals(3030, server.port());
        assertEquals("http://127.0.0.1:" + server.port(), server.baseUrl());
        assertEquals(server.baseUrl() + "/kg", server.datasetUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kg/sparql", "/kg/query", "/kg"})
    void countsPapers(String endpoint) throws Exception {
        HttpResponse<String> resp = query(url(endpoint),
                "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <" + ONT + "Paper> }");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(String.valueOf(PAPERS), singleCsvValue(resp));
    }

    @Test
    void countByPost() throws Exception {
        HttpResponse<String> resp = send("POST", url("/kg/sparql"), "application/sparql-query",
                "SELECT (COUNT(*) AS ?n) { ?p a <" + ONT + "Paper> }");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(String.valueOf(PAPERS), singleCsvValue(resp));
    }

    @Test
    void countByFormPost() throws Exception {
        // As the console sends it; the read-only filter reads the form parameters before Fuseki does.
        String q = "SELECT (COUNT(*) AS ?n) { ?p a <" + ONT + "Paper> }";
        HttpResponse<String> resp = send("POST", url("/kg/sparql"), "application/x-www-form-urlencoded",
                "query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(String.valueOf(PAPERS), singleCsvValue(resp));
    }

    @Test
    void defaultGraphIsUnionOfNamedGraphs() throws Exception {
        // Paper (arXiv graph) -> method -> label (vocabulary graph): a join across graphs without GRAPH.
        HttpResponse<String> resp = query(url("/kg/sparql"),
                "SELECT ?label { <" + RES + "paper/p0> <" + ONT + "usesMethod> ?m . ?m <"
                        + "http://www.w3.org/2000/01/rdf-schema#label> ?label }");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals("Transformer", singleCsvValue(resp));

        HttpResponse<String> all = query(url("/kg/sparql"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(String.valueOf(unionTriples(dsg).size()), singleCsvValue(all));

        HttpResponse<String> graphs = query(url("/kg/query"),
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("3", singleCsvValue(graphs));
    }

    // ---- Read-only

    static List<String[]> writeAttempts() {
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        String form = "update=" + java.net.URLEncoder.encode(update, java.nio.charset.StandardCharsets.UTF_8);
        return List.of(
                new String[] {"POST", "/kg/update", "application/sparql-update", update},
                new String[] {"POST", "/kg/update", "application/x-www-form-urlencoded", form},
                new String[] {"POST", "/kg/sparql", "application/x-www-form-urlencoded", form},
                new String[] {"POST", "/kg/sparql", "application/sparql-update", update},
                new String[] {"POST", "/kg", "application/sparql-update", update},
                new String[] {"PUT", "/kg", "text/turtle", turtle},
                new String[] {"PUT", "/kg?graph=urn:x:g", "text/turtle", turtle},
                new String[] {"POST", "/kg", "text/turtle", turtle},
                new String[] {"POST", "/kg?default", "text/turtle", turtle},
                new String[] {"POST", "/kg/data?graph=urn:x:g", "text/turtle", turtle},
                new String[] {"DELETE", "/kg", null, null},
                new String[] {"DELETE", "/kg?graph=" + G_ARXIV.getURI(), null, null},
                new String[] {"POST", "/kg/upload", "text/turtle", turtle},
                new String[] {"POST", "/kg/upload", "multipart/form-data; boundary=XyZ",
                        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                                + "Content-Type: text/turtle\r\n\r\n" + turtle + "\r\n--XyZ--\r\n"},
                new String[] {"POST", "/$/datasets?dbName=x&dbType=mem", null, null},
                new String[] {"POST", "/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"},
                new String[] {"DELETE", "/$/datasets/kg", null, null},
                new String[] {"POST", "/$/backup/kg", null, null},
                new String[] {"POST", "/$/compact/kg", null, null},
                new String[] {"POST", "/$/sleep", null, null},
                new String[] {"POST", "/$/reload", null, null});
    }

    @Test
    void writesAreRefusedAndDataUnchanged() throws Exception {
        Set<Integer> refused = Set.of(403, 404, 405);
        StringBuilder failures = new StringBuilder();
        for (String[] a : writeAttempts()) {
            HttpResponse<String> resp = send(a[0], url(a[1]), a[2], a[3]);
            if (!refused.contains(resp.statusCode())) {
                failures.append(a[0]).append(' ').append(a[1]).append(" (").append(a[2]).append(") -> ")
                        .append(resp.statusCode()).append('\n');
            }
        }
        assertEquals("", failures.toString(), "write attempts not refused with 403/404/405");

        assertEquals(written, quads(dsg), "dataset changed");
        HttpResponse<String> count = query(url("/kg/sparql"), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(String.valueOf(written.size()), singleCsvValue(count));
        HttpResponse<String> status = get(url("/$/server"), "application/json");
        assertFalse(status.body().contains("\"/x\""), "a dataset /x was created: " + status.body());
        assertTrue(status.body().contains("\"/kg\""), status.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PUT, /kg, text/turtle",
        "DELETE, /kg, text/turtle",
        "POST, /kg/update, application/sparql-update",
        "POST, /kg, text/turtle",
        "POST, /kg/upload, text/turtle",
    })
    void refusalKeepsTheConnectionUsable(String method, String path, String contentType) throws Exception {
        // A client sends the headers and the body of a request in separate writes. If the server answers a
        // refusal before the body has arrived and then drops the connection, a client that keeps connections
        // alive sends its next request into a closed socket and gets no answer at all (seen in CI as "header
        // parser received no bytes"). Here the body comes late on purpose, then a query follows on the same socket.
        String body = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length() + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            int refusal = readResponseStatus(in);
            assertTrue(Set.of(403, 404, 405).contains(refusal), method + " " + path + " -> " + refusal);

            out.write(("GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            assertEquals(200, readResponseStatus(in), "the request after the refusal, on the same connection");
        }
    }

    // ---- Export (graph store protocol, read)

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "application/n-quads, /kg",
        "application/trig, /kg",
        "application/ld+json, /kg",
        "application/n-quads, /kg/get",
        "application/trig, /kg/data",
    })
    void exportQuads(String accept, String path) throws Exception {
        HttpResponse<String> resp = get(url(path), accept);
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                "Content-Type: " + resp.headers().firstValue("Content-Type"));
        Lang lang = RDFLanguages.contentTypeToLang(accept);
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(resp.body())).lang(lang).parse(parsed);
        assertEquals(written, quads(parsed), "quads exported as " + accept);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "text/turtle, /kg",
        "application/n-triples, /kg",
        "application/rdf+xml, /kg",
        "text/turtle, /kg/get",
        "'text/turtle;q=0.9, application/n-quads;q=0.5', /kg",
    })
    void exportUnionGraphAsTriples(String accept, String path) throws Exception {
        HttpResponse<String> resp = get(url(path), accept);
        assertEquals(200, resp.statusCode(), resp.body());
        String first = accept.split("[;,]")[0].strip();
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(first),
                "Content-Type: " + resp.headers().firstValue("Content-Type"));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(resp.body())).lang(RDFLanguages.contentTypeToLang(first))
                .parse(parsed);
        Set<Triple> got = new HashSet<>(parsed.find().toList());
        assertEquals(unionTriples(dsg), got, "union graph exported as " + accept);
    }

    @Test
    void namedGraphExport() throws Exception {
        HttpResponse<String> resp = get(url("/kg?graph=" + G_VOCAB.getURI()), "application/n-triples");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(4, resp.body().strip().split("\n").length, resp.body());
    }

    // ---- Console and its endpoints

    @Test
    void consoleIndexAndScript() throws Exception {
        HttpResponse<String> index = get(url("/"), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">"), index.body());
        Matcher m = Pattern.compile("<script[^>]*src=\"\\./(static/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(m.find(), "no app script tag in " + index.body());
        HttpResponse<String> js = get(url("/" + m.group(1)), "*/*");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }

    @Test
    void consoleEndpoints() throws Exception {
        HttpResponse<String> ping = get(url("/$/ping"), null);
        assertEquals(200, ping.statusCode());
        HttpResponse<String> status = get(url("/$/server"), "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"ds.name\" : \"/kg\""), status.body());
        HttpResponse<String> stats = get(url("/$/stats/kg"), "application/json");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"/kg\""), stats.body());
        // No admin listing either.
        assertEquals(404, get(url("/$/datasets"), "application/json").statusCode());
    }
}
