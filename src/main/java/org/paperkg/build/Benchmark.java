package org.paperkg.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.paperkg.server.KgServer;
import org.paperkg.server.ServerOptions;
import org.paperkg.store.KgStore;

/**
 * Measures the whole tool on a JSON Lines corpus: for each size (the first N records) the extraction rate, a fresh
 * build (end-to-end seconds, quads/s, peak heap in use and live, store size), then on the largest store an incremental build of the
 * next records (or, when the largest store took the whole corpus, of its last records under new ids), every canned
 * query's latency and the server's throughput under concurrent loopback clients.
 */
public final class Benchmark {
    /** What to measure. */
    public record Settings(Path input, List<Integer> sizes, Path workDir, Path queriesDir, int incremental,
                           int queryRuns, int clients, Duration clientTime, long maxRequests, int threads,
                           int coldRuns, String coldHeap) {
    }

    private final Settings s;
    private final PrintStream out;

    public Benchmark(Settings settings, PrintStream out) {
        this.s = settings;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        Files.createDirectories(s.workDir());
        out.printf("machine: %d cores, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.printf("%-8s %12s %10s %12s %10s %10s %10s %12s %10s%n", "records", "extract/s", "build s", "quads",
                "quads/s", "heap MB", "live MB", "store MB", "s/10k");
        Path largest = null;
        int largestSize = 0;
        for (int n : s.sizes()) {
            Path part = prefix(n, 0, "first-" + n);
            GraphBuilder builder = Pipelines.standardBuilder(0).threads(s.threads());
            long t0 = System.nanoTime();
            BuildSummary ex = builder.writeTo(List.of(part), StreamRDFLib.sinkNull());
            double extractS = (System.nanoTime() - t0) / 1e9;

            Path db = s.workDir().resolve("db-" + n);
            KgStore.deleteTree(db);
            BuildSummary b;
            double buildS;
            long heapMb;
            long liveMb;
            try (HeapPeaks heap = new HeapPeaks()) {
                t0 = System.nanoTime();
                try (KgStore store = KgStore.open(db)) {
                    b = Pipelines.standardBuilder(0).threads(s.threads()).buildInto(store, List.of(part));
                }
                buildS = (System.nanoTime() - t0) / 1e9;
                heapMb = heap.inUseMb();
                liveMb = heap.liveMb();
            }
            out.printf("%-8d %12.0f %10.1f %12d %10.0f %10d %10d %12d %10.1f%n", ex.recordsRead(),
                    ex.recordsRead() / extractS, buildS, b.quadsWritten(), b.quadsWritten() / buildS, heapMb, liveMb,
                    size(db) >> 20, buildS / (b.recordsRead() / 10_000.0));
            largest = db;
            largestSize = n;
        }
        if (largest == null) return;

        Path next = null;
        if (s.incremental() > 0) {
            next = prefix(s.incremental(), largestSize, "next-" + s.incremental());
            String source = "the records after the first " + largestSize;
            if (lines(next) < s.incremental()) {
                // the default sizes take the whole corpus: nothing is left after the largest store, so its last
                // records come back as new papers (new ids, same text), which the build adds instead of skipping
                next = lastWithNewIds(s.incremental(), "next-" + s.incremental());
                source = "the corpus's last " + lines(next) + " records under new ids (" + NEW_ID_PREFIX + "<id>)";
            }
            long t0 = System.nanoTime();
            BuildSummary inc;
            try (KgStore store = KgStore.open(largest)) {
                inc = Pipelines.standardBuilder(0).threads(s.threads()).buildInto(store, List.of(next));
            }
            out.printf("incremental: %d new records (%s) into the %d store in %.1f s (%s)%n", inc.recordsRead(),
                    source, largestSize, (System.nanoTime() - t0) / 1e9, inc.oneLine());
        }

        measure(largest, largestSize + "");
        if (next != null && s.coldRuns() > 0) coldIncremental(largest, largestSize, next);
    }

    /**
     * The incremental build as a user runs it: {@code build} in a JVM of its own, {@code coldRuns} times, each adding
     * the incremental records under ids of its own ({@code bench-cold-K.<id>}), so each run adds new papers. Last,
     * because every run makes the store larger.
     */
    private void coldIncremental(Path db, int size, Path records) throws IOException, InterruptedException {
        KgStore.open(db).release(); // the child needs the store's lock; released, it needs no close
        ColdBuildCommand command = new ColdBuildCommand(s.coldHeap());
        out.printf("incremental as a command of its own (%s), %d runs of %d new records into the %d store:%n",
                command.describe(), s.coldRuns(), lines(records), size);
        double[] seconds = new double[s.coldRuns()];
        for (int k = 1; k <= s.coldRuns(); k++) {
            Path input = relabelled(records, "bench-cold-" + k + ".", "cold-" + k);
            Path log = s.workDir().resolve("cold-" + k + ".log");
            ColdBuildCommand.Run run = command.run(db, input, log);
            seconds[k - 1] = run.seconds();
            out.printf("  run %d: %.1f s wall, exit %d (%s)%n", k, run.seconds(), run.exitCode(), run.summary());
            if (run.exitCode() != 0) {
                throw new IOException("the build in a JVM of its own failed (exit " + run.exitCode() + "): see " + log);
            }
        }
        Arrays.sort(seconds);
        out.printf("  median %.1f s, worst %.1f s%n", seconds[seconds.length / 2], seconds[seconds.length - 1]);
    }

    /** A copy of {@code records} with {@code prefix} before every id (see {@link #withNewId}). */
    private Path relabelled(Path records, String prefix, String name) throws IOException {
        Path file = s.workDir().resolve(name + ".jsonl");
        try (BufferedReader r = Files.newBufferedReader(records, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                w.write(withNewId(line, prefix));
                w.write('\n');
            }
        }
        return file;
    }

    /** Only the canned queries' latency and the server's throughput, on a store built before. */
    public void measureStore(Path db) throws IOException, InterruptedException {
        out.printf("store %s: %d MB on disk%n", db, size(db) >> 20);
        measure(db, db.getFileName().toString());
    }

    private void measure(Path db, String size) throws IOException, InterruptedException {
        List<Path> queries = queryFiles(s.queriesDir());
        try (KgStore store = KgStore.open(db)) {
            out.printf("%-28s %8s %10s %10s%n", "query (" + size + ")", "rows", "median ms", "worst ms");
            for (Path q : queries) {
                String text = Files.readString(q);
                long[] ms = new long[s.queryRuns()];
                long rows = 0;
                for (int i = 0; i < ms.length; i++) {
                    long t0 = System.nanoTime();
                    rows = countRows(store, text);
                    ms[i] = (System.nanoTime() - t0) / 1_000_000;
                }
                Arrays.sort(ms);
                out.printf("%-28s %8d %10d %10d%n", q.getFileName(), rows, ms[ms.length / 2], ms[ms.length - 1]);
            }
            serverLoad(store, queries);
        }
    }

    private static long countRows(KgStore store, String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .query(sparql).build()) {
                long n = 0;
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    /** {@code clients} threads send the canned queries round-robin to the server on 127.0.0.1 until the time or the request cap runs out. */
    private void serverLoad(KgStore store, List<Path> queries) throws IOException, InterruptedException {
        if (s.clients() <= 0 || queries.isEmpty()) return;
        List<String> bodies = new ArrayList<>();
        for (Path q : queries) bodies.add("query=" + URLEncoder.encode(Files.readString(q), StandardCharsets.UTF_8));
        KgServer server = KgServer.start(store.dataset(), ServerOptions.defaults().withHost("127.0.0.1").withPort(0));
        try {
            URI endpoint = URI.create(server.datasetUrl() + "/sparql");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicLong sent = new AtomicLong();
            java.util.Map<String, Integer> errorKinds = new java.util.concurrent.ConcurrentSkipListMap<>();
            long deadline = System.nanoTime() + s.clientTime().toNanos();
            List<Thread> threads = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < s.clients(); c++) {
                int first = c;
                Thread t = new Thread(() -> {
                    int i = first;
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= s.maxRequests()) {
                        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/sparql-results+json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i++ % bodies.size()))).build();
                        try {
                            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() == 200) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                errorKinds.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            errorKinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }, "bench-client-" + c);
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) t.join();
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("server: %d clients for %.1f s: %d answered, %d errors %s, %.1f queries/s%n", s.clients(), secs,
                    ok.get(), errors.get(), errorKinds, ok.get() / secs);
        } finally {
            server.stop();
        }
    }

    /** The canned queries ({@code *.rq}) in {@code dir}, sorted; none when it is not a folder. */
    public static List<Path> queryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** Copies {@code count} non-empty lines after skipping {@code skip} of the input (plain or gzip) to a work file. */
    private Path prefix(int count, int skip, String name) throws IOException {
        Path file = s.workDir().resolve(name + ".jsonl");
        try (BufferedReader r = org.paperkg.corpus.CorpusInput.openLines(s.input());
             BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line;
            int seen = 0;
            int written = 0;
            while (written < count && (line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                if (seen++ < skip) continue;
                w.write(line);
                w.write('\n');
                written++;
            }
        }
        return file;
    }

    /**
     * The corpus's last {@code count} records with {@value #NEW_ID_PREFIX} before each id. A line that is no JSON
     * object with an id is kept as it is, so the build reports it as it would in the corpus.
     */
    private Path lastWithNewIds(int count, String name) throws IOException {
        ArrayDeque<String> last = new ArrayDeque<>(count);
        try (BufferedReader r = org.paperkg.corpus.CorpusInput.openLines(s.input())) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                if (last.size() == count) last.removeFirst();
                last.addLast(line);
            }
        }
        Path file = s.workDir().resolve(name + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : last) {
                w.write(withNewId(line));
                w.write('\n');
            }
        }
        return file;
    }

    static final String NEW_ID_PREFIX = "bench-new.";

    static String withNewId(String line) {
        return withNewId(line, NEW_ID_PREFIX);
    }

    static String withNewId(String line, String prefix) {
        try {
            if (JSON.readTree(line) instanceof ObjectNode record && record.hasNonNull("id")) {
                record.put("id", prefix + record.get("id").asText());
                return JSON.writeValueAsString(record);
            }
        } catch (JsonProcessingException e) {
            // not JSON: left for the build to report as the broken record it is
        }
        return line;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static long lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    static long size(Path dir) {
        return KgStore.bytesOnDisk(dir);
    }
}
