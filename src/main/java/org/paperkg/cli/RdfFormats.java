package org.paperkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;

/** The export formats by name and by file extension; quad formats keep the named graphs, triple formats the union. */
final class RdfFormats {
    // Streaming (BLOCKS / flat) variants: a large store is written without building the graph in memory.
    private static final Map<String, RDFFormat> BY_NAME = Map.of(
            "nq", RDFFormat.NQUADS,
            "trig", RDFFormat.TRIG_BLOCKS,
            "ttl", RDFFormat.TURTLE_BLOCKS,
            "nt", RDFFormat.NTRIPLES,
            "jsonld", RDFFormat.JSONLD,
            "rdfxml", RDFFormat.RDFXML_PLAIN);

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "nq", "nq", "trig", "trig", "ttl", "ttl", "nt", "nt", "jsonld", "jsonld", "json", "jsonld",
            "rdf", "rdfxml", "xml", "rdfxml", "owl", "rdfxml");

    private RdfFormats() {
    }

    static RDFFormat byName(String name) {
        RDFFormat f = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (f == null) throw new UserException("unknown format '" + name + "' (one of nq, trig, ttl, nt, jsonld, rdfxml)");
        return f;
    }

    static RDFFormat byFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        String name = dot < 0 ? null : BY_EXTENSION.get(n.substring(dot + 1));
        if (name == null) {
            throw new UserException("cannot tell the RDF format of " + file + " from its extension "
                    + "(use .nq .trig .ttl .nt .jsonld or .rdf)");
        }
        return BY_NAME.get(name);
    }

    static boolean isQuads(RDFFormat f) {
        return org.apache.jena.riot.RDFLanguages.isQuads(f.getLang());
    }
}
