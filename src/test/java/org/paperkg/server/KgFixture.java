package org.paperkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** A small real TDB2 knowledge graph (papers in three named graphs) and HTTP helpers for the server tests. */
final class KgFixture {

    static final String ONT = "https://w3id.org/paperkg/ontology#";
    static final String RES = "https://w3id.org/paperkg/resource/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    static final Node PAPER = uri(ONT + "Paper");
    static final Node METHOD = uri(ONT + "Method");
    static final Node TITLE = uri(DCT + "title");
    static final Node USES = uri(ONT + "usesMethod");
    static final Node LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node TYPE = uri(RDF_TYPE);

    static final Node G_ARXIV = uri(RES + "graph/arxiv");
    static final Node G_ACL = uri(RES + "graph/acl");
    static final Node G_VOCAB = uri(RES + "graph/vocabulary");

    /** Papers written: 3 in the arXiv graph, 2 in the ACL graph. */
    static final int PAPERS = 5;
    static final List<String> TITLES = List.of(
            "Attention Is All You Need",
            "Deep Residual Learning for Image Recognition",
            "BERT: Pre-training of Deep Bidirectional Transformers",
            "GloVe: Global Vectors for Word Representation",
            "Neural Machine Translation by Jointly Learning to Align and Translate");

    private KgFixture() { }

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node paper(int i) {
        return uri(RES + "paper/p" + i);
    }

    /** Creates the TDB2 dataset in {@code dir} and writes the quads in one write transaction. */
    static DatasetGraph createDataset(Path dir) {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        Node transformer = uri(RES + "method/transformer");
        Node resnet = uri(RES + "method/resnet");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < PAPERS; i++) {
                Node g = i < 3 ? G_ARXIV : G_ACL;
                dsg.add(g, paper(i), TYPE, PAPER);
                dsg.add(g, paper(i), TITLE, NodeFactory.createLiteralString(TITLES.get(i)));
            }
            dsg.add(G_ARXIV, paper(0), USES, transformer);
            dsg.add(G_ARXIV, paper(1), USES, resnet);
            dsg.add(G_ACL, paper(3), uri(ONT + "year"),
                    NodeFactory.createLiteralDT("2014", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear));
            dsg.add(G_VOCAB, transformer, TYPE, METHOD);
            dsg.add(G_VOCAB, transformer, LABEL, NodeFactory.createLiteralLang("Transformer", "en"));
            dsg.add(G_VOCAB, resnet, TYPE, METHOD);
            dsg.add(G_VOCAB, resnet, LABEL, NodeFactory.createLiteralLang("ResNet", "en"));
        });
        return dsg;
    }

    static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }

    static Set<Triple> unionTriples(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Triple> out = new HashSet<>();
            dsg.getUnionGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    // ---- HTTP

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Accept", "text/csv, */*;q=0.5");
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET {@code endpoint?query=...} asking for CSV; returns the response. */
    static HttpResponse<String> query(String endpoint, String sparql) throws IOException, InterruptedException {
        return get(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "text/csv");
    }

    /** The single value of a one-row, one-column CSV result. */
    static String singleCsvValue(HttpResponse<String> resp) {
        String[] lines = resp.body().strip().split("\r?\n");
        if (lines.length != 2) {
            throw new AssertionError("Expected one result row, got: " + resp.body());
        }
        return lines[1].strip();
    }

    /** Reads one HTTP/1.1 response (status line, headers, a Content-Length or chunked body) and returns its status. */
    static int readResponseStatus(java.io.InputStream in) throws java.io.IOException {
        String status = readLine(in);
        if (status == null) throw new java.io.EOFException("connection closed before a response");
        long length = -1;
        boolean chunked = false;
        for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
            String lower = h.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).strip());
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        if (chunked) {
            for (long n; (n = Long.parseLong(readLine(in).split(";")[0].strip(), 16)) > 0; readLine(in)) {
                in.skipNBytes(n);
            }
            readLine(in);
        } else if (length > 0) {
            in.skipNBytes(length);
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    static String readLine(java.io.InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') return line.toString().stripTrailing();
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }
}
