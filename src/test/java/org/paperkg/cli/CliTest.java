package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command run as a user runs it (through Main, in process), on the seed corpora and a real store. */
class CliTest {
    @TempDir
    static Path tmp;
    static Path db;

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        Run r = run("build", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read 87 records"), r.err());
    }

    @Test
    void benchMeasuresAnExistingStore() {
        Run r = run("bench", "--store", db.toString(), "--query-runs", "1", "--clients", "2", "--client-seconds", "2");
        assertEquals(0, r.code(), r.err());
        for (String q : new String[] {"papers.rq", "results.rq", "papers-mentioning.rq"}) {
            assertTrue(r.out().matches("(?s).*\\n" + java.util.regex.Pattern.quote(q) + "\\s+[1-9]\\d*\\s+\\d+\\s+\\d+.*"),
                    q + " with rows and times in:\n" + r.out());
        }
        assertTrue(r.out().matches("(?s).*server: 2 clients for [\\d.]+ s: [1-9]\\d* answered, 0 errors.*"), r.out());
        assertEquals(1, run("bench", "--store", tmp.resolve("none").toString()).code(), "a missing store is a user error");
        Run noQueries = run("bench", "--store", db.toString(), "--queries", tmp.toString());
        assertEquals(1, noQueries.code(), "a folder without canned queries is a user error: " + noQueries.out());
        assertTrue(noQueries.err().contains("no canned queries (*.rq) in " + tmp.toAbsolutePath()), noQueries.err());
    }

    @Test
    void compactReportsTheSizesAndKeepsTheGraph() {
        Path store = tmp.resolve("compact-db");
        assertEquals(0, run("build", "--db", store.toString(), "seeds/000_9730ed53e1025b6f.txt").code());
        assertEquals(0, run("build", "--db", store.toString(), "seeds").code());
        String before = run("stats", "--db", store.toString()).out();
        Run r = run("compact", "--db", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("paperkg compact: .*compact-db: [\\d,]+ MB before, [\\d,]+ MB after; [\\d.]+ s\\R"), r.out());
        assertEquals(before, run("stats", "--db", store.toString()).out());
        Run none = run("compact", "--db", tmp.resolve("no-such-db").toString());
        assertEquals(1, none.code());
        assertOneLine(none.err(), "no store at");
    }

    @Test
    void statsCountsPapersAndQuads() {
        Run r = run("stats", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*papers\\s+86\\b.*"), r.out());
        assertTrue(r.out().matches("(?s).*quads\\s+[1-9]\\d*.*"), r.out());
    }

    @Test
    void queryFromFileAndFromTextInEveryFormat() {
        Run csv = run("query", "--db", db.toString(), "queries/papers.rq", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        Run dated = run("query", "--db", db.toString(), "--format", "csv", "--query",
                "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p dcterms:date ?d }");
        int datedPapers = Integer.parseInt(dated.out().strip().split("\r?\n")[1].strip());
        assertTrue(datedPapers > 10 && datedPapers < 86, dated.out());
        assertEquals(1 + datedPapers, csv.out().strip().split("\r?\n").length, "header and the dated papers");

        String count = "PREFIX kg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a kg:Paper }";
        assertTrue(run("query", "--db", db.toString(), "--query", count).out().contains("86"));
        assertTrue(run("query", "--db", db.toString(), "--query", count, "--format", "json").out().contains("\"86\""));
        assertTrue(run("query", "--db", db.toString(), "--query", count, "--format", "tsv").out().contains("86"));
        Run ask = run("query", "--db", db.toString(), "--query", "ASK { ?s ?p ?o }");
        assertEquals("yes", ask.out().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld", "ttl", "nt", "rdfxml"})
    void exportRoundTripsInEveryFormat(String fmt) {
        Path out = tmp.resolve("export." + fmt);
        Run r = run("export", "--db", db.toString(), "--out", out.toString(), "--format", fmt);
        assertEquals(0, r.code(), r.err());
        Path nq = tmp.resolve("reference.nq");
        if (!Files.exists(nq)) assertEquals(0, run("export", "--db", db.toString(), "--out", nq.toString()).code());
        Dataset reference = RDFDataMgr.loadDataset(nq.toString());
        if (Set.of("nq", "trig", "jsonld").contains(fmt)) {
            Dataset back = RDFDataMgr.loadDataset(out.toString(), org.apache.jena.riot.RDFLanguages.shortnameToLang(
                    fmt.equals("jsonld") ? "jsonld" : fmt));
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(reference.asDatasetGraph(), back.asDatasetGraph()),
                    "dataset round trip through " + fmt);
        } else {
            Model back = RDFDataMgr.loadModel(out.toString(), fmt.equals("rdfxml")
                    ? org.apache.jena.riot.Lang.RDFXML : org.apache.jena.riot.RDFLanguages.shortnameToLang(fmt));
            DatasetGraph ref = reference.asDatasetGraph();
            assertTrue(back.getGraph().isIsomorphicWith(ref.getUnionGraph()), "union graph round trip through " + fmt);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "ttl", "nt", "jsonld"})
    void extractWritesTheFormatOfItsExtensionWithoutAStore(String ext) {
        Path out = tmp.resolve("extract." + ext);
        Run r = run("extract", "seeds", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        boolean quads = ext.equals("nq") || ext.equals("trig") || ext.equals("jsonld");
        // Quad formats keep the named graphs; triple formats hold the union in their one (default) graph.
        var graph = quads ? ds.asDatasetGraph().getUnionGraph() : ds.asDatasetGraph().getDefaultGraph();
        long papers = graph.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/ontology#Paper")).toList().size();
        assertEquals(86, papers);
        if (ext.equals("nq")) {
            // N-Quads streams every quad as one line: the summary's count is the file's
            long lines;
            try (var l = java.nio.file.Files.lines(out)) {
                lines = l.count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(r.err().contains("; " + lines + " quads written;"), lines + " lines, but: " + r.err());
        }
    }

    @Test
    void validateConforms() {
        Run r = run("validate", "--db", db.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("conforms"), r.out());
    }

    @Test
    void validateReportsViolationsAndExitsNonZero() {
        Path bad = tmp.resolve("bad-db");
        assertEquals(0, run("build", "--db", bad.toString(), "seeds/000_9730ed53e1025b6f.txt").code());
        // A paper with no abstract and no source breaks ontology/shapes.ttl.
        try (var kg = org.paperkg.store.KgStore.open(bad)) {
            var dsg = kg.dataset();
            org.apache.jena.system.Txn.executeWrite(dsg, () -> {
                var g = org.apache.jena.graph.NodeFactory.createURI("urn:test:graph");
                var p = org.apache.jena.graph.NodeFactory.createURI("urn:test:paper");
                dsg.add(g, p, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/ontology#Paper"));
            });
        }
        Run r = run("validate", "--db", bad.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("does not conform"), r.out());
        assertTrue(r.out().contains("urn:test:paper"), "the report names the offending node: " + r.out());
    }

    @Test
    void userMistakesGiveOneLineAndNonZeroExit() {
        Run noStore = run("stats", "--db", tmp.resolve("nowhere").toString());
        assertEquals(1, noStore.code());
        assertOneLine(noStore.err(), "no store at");

        Run badInput = run("build", "--db", tmp.resolve("x").toString(), tmp.resolve("missing.txt").toString());
        assertEquals(1, badInput.code());
        assertOneLine(badInput.err(), "input not found");

        Run badFormat = run("export", "--db", db.toString(), "--out", tmp.resolve("a.out").toString());
        assertEquals(1, badFormat.code());
        assertOneLine(badFormat.err(), "cannot tell the RDF format");

        Run badQuery = run("query", "--db", db.toString(), "--query", "SELECT WHERE {");
        assertEquals(1, badQuery.code());
        assertOneLine(badQuery.err(), "bad SPARQL");

        Run unknownOption = run("build", "--db", db.toString(), "--nope");
        assertEquals(2, unknownOption.code());
        assertOneLine(unknownOption.err(), "Unknown option");

        // --commit-every sizes store transactions: extract writes no store, so it is no option there
        Run commitWithoutStore = run("extract", "--out", tmp.resolve("x.nq").toString(), "--commit-every", "5");
        assertEquals(2, commitWithoutStore.code());
        assertOneLine(commitWithoutStore.err(), "Unknown option");
        Run badCommit = run("build", "--db", db.toString(), "--commit-every", "0");
        assertEquals(1, badCommit.code());
        assertOneLine(badCommit.err(), "--commit-every must be at least 1");

        Run missingDb = run("stats");
        assertEquals(2, missingDb.code());
        assertOneLine(missingDb.err(), "Missing required option");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "extract", "export", "query", "validate", "stats", "compact", "bench"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: paperkg " + command), r.out());
    }

    private static void assertOneLine(String err, String expected) {
        String text = err.strip();
        assertTrue(text.contains(expected), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertEquals(1, text.lines().count(), text);
    }
}
