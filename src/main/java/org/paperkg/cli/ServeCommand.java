package org.paperkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.paperkg.server.KgServer;
import org.paperkg.server.ServerOptions;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store read-only with Fuseki: SPARQL at /kg/sparql and /kg/query, RDF export at /kg, "
                + "the web console at /. Builds the store from the inputs first when it is empty.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Mixin
    InputOptions inputs;
    @Mixin
    CommitOption commit;
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port. Default: ${DEFAULT-VALUE}")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind to. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;
    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Server-side limit for one query, in seconds. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new UserException("--port must be between 0 and 65535");
        if (timeoutSeconds <= 0) throw new UserException("--timeout must be a positive number of seconds");
        KgStore kg = store.openOrCreate();
        if (kg.isEmpty()) {
            int rc = BuildCommand.build(kg, inputs, commit, false);
            if (rc != 0) return rc;
        }
        KgServer server;
        try {
            server = KgServer.start(kg.dataset(),
                    new ServerOptions(host, port, Duration.ofSeconds(timeoutSeconds), "kg"));
        } catch (RuntimeException e) {
            throw new UserException("cannot start the server on " + host + ":" + port + ": " + rootMessage(e));
        }
        System.err.println("paperkg serve: console at " + server.baseUrl() + "/  SPARQL at " + server.datasetUrl()
                + "/sparql  (Ctrl-C stops)");
        server.join();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
