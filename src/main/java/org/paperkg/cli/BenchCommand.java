package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.build.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction, build, incremental build, canned queries and server throughput on an "
                + "arXiv JSON Lines corpus (plain or .gz), at several sizes (the first N records).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "arXiv metadata JSON Lines file (.gz allowed); not needed with --store.")
    Path input;
    @Option(names = "--store", paramLabel = "DIR",
            description = "Measure only the canned queries and the server on this existing store (no builds).")
    Path store;
    @Option(names = "--sizes", split = ",", defaultValue = "10000,50000,115671", description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;
    @Option(names = "--db-dir", defaultValue = "target/bench", paramLabel = "DIR", description = "Work folder for stores and corpus slices (default: ${DEFAULT-VALUE}).")
    Path dir;
    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR", description = "Canned queries (default: ${DEFAULT-VALUE}).")
    Path queries;
    @Option(names = "--incremental", defaultValue = "1000", description = "New records added to the largest store (default: ${DEFAULT-VALUE}; 0: skip).")
    int incremental;
    @Option(names = "--query-runs", defaultValue = "5", description = "Runs of each canned query (default: ${DEFAULT-VALUE}).")
    int queryRuns;
    @Option(names = "--clients", defaultValue = "16", description = "Concurrent loopback clients (default: ${DEFAULT-VALUE}; 0: skip).")
    int clients;
    @Option(names = "--client-seconds", defaultValue = "60", description = "How long the clients run (default: ${DEFAULT-VALUE}).")
    int clientSeconds;
    @Option(names = "--max-requests", defaultValue = "100000", description = "Cap on client requests (default: ${DEFAULT-VALUE}).")
    long maxRequests;
    @Option(names = "--threads", description = "Extraction workers (default: one per core).")
    Integer threads;
    @Option(names = "--cold-runs", defaultValue = "3", description = "Incremental builds run as commands of their own "
            + "(a JVM each, as a user runs them), after the queries (default: ${DEFAULT-VALUE}; 0: skip).")
    int coldRuns;
    @Option(names = "--cold-heap", defaultValue = "1g", paramLabel = "SIZE",
            description = "-Xmx of those commands (default: ${DEFAULT-VALUE}, the README's bound for adding papers).")
    String coldHeap;

    @Override
    public Integer call() throws Exception {
        if (queryRuns < 1) throw new UserException("--query-runs must be at least 1");
        // Run from another folder, the default "queries" is not there: say so, rather than print an empty table and
        // skip the server's load (its clients send the canned queries).
        if (Benchmark.queryFiles(queries).isEmpty()) {
            throw new UserException("no canned queries (*.rq) in " + queries.toAbsolutePath()
                    + ": give --queries DIR, the repository's queries/ folder");
        }
        if (store != null) {
            if (!Files.isDirectory(store)) throw new UserException("no such store: " + store);
            new Benchmark(new Benchmark.Settings(null, List.of(), dir, queries, 0, queryRuns, clients,
                    Duration.ofSeconds(clientSeconds), maxRequests, 1, 0, coldHeap), System.out).measureStore(store);
            return 0;
        }
        if (input == null) throw new UserException("give an INPUT corpus, or --store DIR to measure an existing store");
        if (!Files.isRegularFile(input)) throw new UserException("no such file: " + input);
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n <= 0)) throw new UserException("--sizes must be positive numbers");
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (coldRuns < 0) throw new UserException("--cold-runs must not be negative");
        if (!coldHeap.matches("\\d+[kKmMgG]?")) throw new UserException("--cold-heap takes a size such as 1g or 768m, not " + coldHeap);
        new Benchmark(new Benchmark.Settings(input, sizes.stream().sorted().toList(), dir, queries, incremental,
                queryRuns, clients, Duration.ofSeconds(clientSeconds), maxRequests, workers, coldRuns, coldHeap),
                System.out).run();
        return 0;
    }
}
