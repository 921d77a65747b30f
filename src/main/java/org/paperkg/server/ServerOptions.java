package org.paperkg.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Options for {@link KgServer}.
 *
 * @param host         address to bind to; {@code 127.0.0.1} unless told otherwise
 * @param port         TCP port; {@code 0} picks a free port
 * @param queryTimeout server-side limit for one SPARQL query (set as {@code ARQ.queryTimeout} on the dataset)
 * @param datasetName  name of the served dataset, i.e. the first path segment ({@code /kg})
 */
public record ServerOptions(String host, int port, Duration queryTimeout, String datasetName) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEFAULT_DATASET_NAME = "kg";

    public ServerOptions {
        host = (host == null || host.isBlank()) ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        queryTimeout = queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout;
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive, got " + queryTimeout);
        }
        datasetName = (datasetName == null || datasetName.isBlank()) ? DEFAULT_DATASET_NAME : datasetName.strip();
        while (datasetName.startsWith("/")) {
            datasetName = datasetName.substring(1);
        }
        if (datasetName.isEmpty() || datasetName.contains("/") || datasetName.startsWith("$")) {
            throw new IllegalArgumentException("datasetName must be a single path segment not starting with '$': "
                    + datasetName);
        }
    }

    /** All defaults: 127.0.0.1:3030, 30 s query timeout, dataset {@code /kg}. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_QUERY_TIMEOUT, DEFAULT_DATASET_NAME);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, queryTimeout, datasetName);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, queryTimeout, datasetName);
    }

    public ServerOptions withQueryTimeout(Duration newTimeout) {
        return new ServerOptions(host, port, Objects.requireNonNull(newTimeout, "queryTimeout"), datasetName);
    }

    public ServerOptions withDatasetName(String newName) {
        return new ServerOptions(host, port, queryTimeout, newName);
    }
}
