package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.server.KgFixture.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query is cut off at the server-side limit with 503; the server goes on answering. */
class QueryTimeoutTest {

    @TempDir
    Path dir;

    KgServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void runawayQueryAnswers503AndServerKeepsServing() throws Exception {
        DatasetGraph dsg = createDataset(dir);
        server = KgServer.start(dsg, ServerOptions.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(1)));
        String endpoint = server.baseUrl() + "/kg/sparql";
        // About 20 triples: an 8-way cross product is ~2.5e10 rows, hours of work without the limit.
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
                + "?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";
        String simple = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <" + ONT + "Paper> }";

        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return query(endpoint, runaway);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        // While the runaway query runs, other queries are answered.
        HttpResponse<String> during = query(endpoint, simple);
        assertEquals(200, during.statusCode(), during.body());
        assertEquals(String.valueOf(PAPERS), singleCsvValue(during));

        HttpResponse<String> timedOut = slow.get(30, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertEquals(503, timedOut.statusCode(), timedOut.body());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);

        HttpResponse<String> after = query(endpoint, simple);
        assertEquals(200, after.statusCode(), after.body());
        assertEquals(String.valueOf(PAPERS), singleCsvValue(after));
    }
}
