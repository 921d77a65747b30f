package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.BuildSummary;
import org.paperkg.build.GraphBuilder;
import org.paperkg.build.Pipelines;
import org.paperkg.server.KgServer;
import org.paperkg.server.ServerOptions;
import org.paperkg.store.KgStore;

/**
 * Serving while a build writes to the same store: every query is answered (never an error) from a consistent
 * snapshot. Batch by batch, the build commits one batch of 2000 papers per transaction, so a reader must only ever see
 * the papers of whole batches, and never a paper without its parts; loaded in bulk, nothing until all of it.
 */
class ServeDuringBuildTest {
    @TempDir
    Path tmp;

    static final int BATCH = 2000;
    static final String COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
    static final String INCOMPLETE = "PREFIX kg: <https://w3id.org/paperkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "SELECT (COUNT(*) AS ?n) { ?p a kg:Paper . FILTER NOT EXISTS { ?p dcterms:title ?t ; dcterms:abstract ?a } }";

    /** Batch by batch (no bulk load): readers see 0, 2000, then 4000 papers. */
    @Test
    void readersSeeWholeBatchesAndNoErrorsDuringABuild() throws Exception {
        List<Long> seen = serveDuring(Pipelines.standardBuilder(0, BATCH).bulkLoad(0));
        assertTrue(seen.size() >= 2, "the build was seen in progress: " + seen);
    }

    /**
     * Loaded in bulk (the default into a new store): readers see an empty store until the indexes are written, then
     * every paper; never a tree half packed (queries wait while the indexes are written).
     */
    @Test
    void readersSeeNothingThenEverythingDuringABulkLoad() throws Exception {
        List<Long> seen = serveDuring(Pipelines.standardBuilder(0, BATCH));
        assertEquals(4000L, seen.get(seen.size() - 1), "" + seen);
        for (long n : seen) assertTrue(n == 0 || n == 4000, "a reader saw part of the bulk load: " + seen);
    }

    /** Serves a new store while {@code builder} builds 4000 papers into it, querying all along; the counts seen. */
    private List<Long> serveDuring(GraphBuilder builder) throws Exception {
        Path corpus = GeneratedCorpus.write(tmp.resolve("gen.jsonl"), 4000);
        HttpClient http = HttpClient.newHttpClient();
        try (KgStore kg = KgStore.open(tmp.resolve("db"))) {
            KgServer server = KgServer.start(kg.dataset(), ServerOptions.defaults().withPort(0));
            try {
                String endpoint = server.datasetUrl() + "/sparql";
                CompletableFuture<BuildSummary> build = CompletableFuture.supplyAsync(
                        () -> builder.buildInto(kg, List.of(corpus)));
                List<Long> seen = new ArrayList<>();
                int requests = 0;
                while (!build.isDone() || requests < 3) {
                    long n = Long.parseLong(csvValue(http, endpoint, COUNT));
                    assertEquals(0, n % BATCH, "a reader saw part of a batch: " + n);
                    assertEquals("0", csvValue(http, endpoint, INCOMPLETE), "a reader saw a half-written paper");
                    if (seen.isEmpty() || seen.get(seen.size() - 1) != n) seen.add(n);
                    requests++;
                }
                assertEquals(4000, build.get().papersAdded());
                assertEquals(4000L, Long.parseLong(csvValue(http, endpoint, COUNT)));
                for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) > seen.get(i - 1), "never goes back: " + seen);
                System.out.println("serve during build: " + requests + " query pairs, counts seen " + seen);
                return seen;
            } finally {
                server.stop();
            }
        }
    }

    static String csvValue(HttpClient http, String endpoint, String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().strip().split("\r?\n");
        assertEquals(2, lines.length, r.body());
        return lines[1].strip();
    }
}
