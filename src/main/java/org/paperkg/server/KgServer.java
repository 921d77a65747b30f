package org.paperkg.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph served read-only by an embedded Apache Jena Fuseki, with the Fuseki web console.
 *
 * <p>Endpoints (dataset name {@code kg} by default):
 * <ul>
 *   <li>{@code /kg/sparql}, {@code /kg/query}, and {@code /kg} itself: SPARQL query (GET and POST);</li>
 *   <li>{@code /kg}, {@code /kg/get}, {@code /kg/data}: graph store protocol, read only, with content
 *       negotiation;</li>
 *   <li>{@code /}: the web console; {@code /$/ping}, {@code /$/server}, {@code /$/stats/kg} for it.</li>
 * </ul>
 * Everything that writes is refused (checked in KgServerTest): {@link ReadOnlyFilter} answers 403 to any POST
 * carrying a SPARQL update and 405 to PUT/DELETE/PATCH; the dataset is registered read-only, so
 * {@code /kg/upload} and GSP POST answer 405; no admin module is installed, so {@code /$/datasets},
 * {@code /$/backup}, {@code /$/compact}, {@code /$/sleep} do not exist (405 for POST, 404 for GET).
 *
 * <p>Dataset context set by {@link #start}:
 * <ul>
 *   <li>{@code ARQ.queryTimeout} from {@link ServerOptions#queryTimeout()}: a query over the limit is
 *       cancelled and answers 503 ("Query timed out") if nothing has been sent yet.</li>
 *   <li>For TDB2, {@code TDB2.symUnionDefaultGraph = true}: the default graph seen by SPARQL is the union of
 *       the named graphs (all paperkg data lives in named graphs).</li>
 * </ul>
 *
 * <p>Graph store export, as checked against Fuseki 5.6.0 (see KgServerTest): {@code GET /kg} (also
 * {@code /kg/get}, {@code /kg/data}) with a quad syntax (N-Quads, TriG, JSON-LD) returns the whole dataset, the
 * named graphs as quads. For a triple syntax Fuseki on its own would still answer N-Quads (it negotiates only
 * over quad syntaxes at dataset level), and {@code ?default} gives the real default graph, which is empty here;
 * so {@link UnionGraphExportFilter} turns such requests into {@code ?graph=urn:x-arq:UnionGraph}: Turtle,
 * N-Triples and RDF/XML exports hold the union of the named graphs (graph names dropped, duplicates merged).
 */
public final class KgServer {

    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    /** Largest request body accepted (a SPARQL query of 1 MB is already far beyond any real one). */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;
    /** Largest request line plus headers: a GET query URL up to this size is served, a longer one answers 414/431. */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    private final FusekiServer server;
    private final ServerOptions options;
    private final String host;

    private KgServer(FusekiServer server, ServerOptions options, String host) {
        this.server = server;
        this.options = options;
        this.host = host;
    }

    /** Configures the dataset context, builds and starts the server; returns once it is listening. */
    public static KgServer start(DatasetGraph dsg, ServerOptions options) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(options, "options");

        if (TDBInternal.isTDB2(dsg)) {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        // Server-side limit in whole milliseconds; over it the query is cancelled and Fuseki answers 503.
        long millis = Math.max(1, options.queryTimeout().toMillis());
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(millis));

        List<FusekiModule> modules = new ArrayList<>();
        ConsoleModule.fromClasspath().ifPresentOrElse(modules::add,
                () -> LOG.warn("Fuseki console files (webapp/ from jena-fuseki-ui) not on the class path; "
                        + "serving SPARQL endpoints only"));

        String ds = "/" + options.datasetName();
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .fusekiModules(FusekiModules.create(modules))
                .add(ds, dsg, false)   // false: read-only
                .addFilter("/*", new RequestSizeFilter(MAX_REQUEST_BYTES))
                .addFilter("/*", new ReadOnlyFilter())
                .addFilter(ds, new UnionGraphExportFilter())
                .addFilter(ds + "/get", new UnionGraphExportFilter())
                .addFilter(ds + "/data", new UnionGraphExportFilter())
                .build();

        String host = options.host();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
                // Fuseki allows very long request lines (GET queries); cap them so a URL cannot be a memory attack.
                var http = sc.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
                if (http != null) http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
            }
        }
        var jetty = server.getJettyServer();
        jetty.setErrorHandler(new CloseAfterBadRequest(jetty.getErrorHandler()));
        warnIfExposed(host);
        server.start();
        KgServer kg = new KgServer(server, options, host);
        LOG.info("Serving /{} at {}", options.datasetName(), kg.baseUrl());
        return kg;
    }

    private static void warnIfExposed(String host) {
        if (!isLoopback(host)) {
            LOG.warn("Binding to non-loopback address {}: the knowledge graph and console are reachable "
                    + "from other machines, without authentication", host);
        }
    }

    /** True when {@code host} resolves to a loopback address (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The port actually listened on (the free port chosen when the options said 0). */
    public int port() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getLocalPort() > 0) {
                return sc.getLocalPort();
            }
        }
        return server.getHttpPort();
    }

    /** {@code http://host:port} without a trailing slash; IPv6 hosts in brackets, wildcard hosts as 127.0.0.1. */
    public String baseUrl() {
        String h = host;
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
            h = "127.0.0.1";
        }
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port();
    }

    /** {@code baseUrl()/datasetName}. */
    public String datasetUrl() {
        return baseUrl() + "/" + options.datasetName();
    }

    public ServerOptions options() {
        return options;
    }

    public void stop() {
        server.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }
}
