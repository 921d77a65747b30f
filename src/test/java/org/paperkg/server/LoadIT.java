package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.server.KgFixture.*;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 concurrent loopback clients for 60 s ({@code -Dpaperkg.load.seconds=N} to change): every answer is checked
 * against the data, no request may fail, and the server's heap after GC must not grow. Prints and writes throughput
 * and latency percentiles to {@code target/load-report.txt} (the figures in docs/RELIABILITY.md).
 */
class LoadIT {
    static final int CLIENTS = 32;

    @TempDir
    Path dir;

    @Test
    void thirtyTwoClientsAllAnsweredCorrectlyNoHeapGrowth() throws Exception {
        int seconds = Integer.getInteger("paperkg.load.seconds", 60);
        KgServer server = KgServer.start(createDataset(dir.resolve("tdb2")), ServerOptions.defaults().withPort(0));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String endpoint = server.datasetUrl() + "/sparql";
        try {
            runFor(http, endpoint, 5, new ConcurrentLinkedQueue<>(), new AtomicLong()); // warm-up
            long heapBefore = heapAfterGc();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            long t0 = System.nanoTime();
            runFor(http, endpoint, seconds, latencies, errors);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long heapAfter = heapAfterGc();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2) / 1e6, p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
            String report = String.format("clients=%d duration=%.1fs requests=%d errors=%d throughput=%.0f req/s "
                            + "p50=%.1fms p99=%.1fms max=%.1fms heapAfterGc start=%dMB end=%dMB",
                    CLIENTS, elapsed, sorted.size(), errors.get(), sorted.size() / elapsed, p50, p99,
                    sorted.get(sorted.size() - 1) / 1e6, heapBefore >> 20, heapAfter >> 20);
            System.out.println("LoadIT: " + report);
            Files.writeString(Path.of("target", "load-report.txt"), report + "\n");
            assertEquals(0, errors.get(), report);
            assertTrue(sorted.size() > CLIENTS * seconds, "fewer than one answer per client per second: " + report);
            assertTrue(heapAfter < heapBefore + (32L << 20), "heap grew by more than 32 MB: " + report);
        } finally {
            server.stop();
        }
    }

    private static void runFor(HttpClient http, String endpoint, int seconds, ConcurrentLinkedQueue<Long> latencies,
                               AtomicLong errors) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    i++;
                    int paper = i % PAPERS;
                    boolean count = i % 2 == 0;
                    String q = count ? "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <" + ONT + "Paper> }"
                            : "SELECT ?t { <" + paper(paper).getURI() + "> <" + DCT + "title> ?t }";
                    String expected = count ? String.valueOf(PAPERS) : TITLES.get(paper);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t);
                        String[] lines = r.body().strip().split("\r?\n");
                        String value = lines.length == 2 ? lines[1].strip().replaceAll("^\"|\"$", "") : null;
                        if (r.statusCode() != 200 || !expected.equals(value)) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : clients) f.get();
        pool.shutdown();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
