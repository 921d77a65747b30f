package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.paperkg.build.BuildSummary;
import org.paperkg.build.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the graph of the inputs straight to an RDF file, without a store. "
                + "The format follows the extension: .nq .trig .ttl .nt .jsonld .rdf (.gz allowed).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Pipelines.prepare(); // the vocabulary loads while the rest starts
        RDFFormat format = RdfFormats.byFile(out);
        var in = inputs.resolved();
        var builder = Pipelines.standardBuilder(inputs.minConfidence).onSkip(s -> System.err.println(s.message()));
        BuildSummary summary;
        try (OutputStream os = open(out)) {
            if (StreamRDFWriter.registered(format)) {
                // N-Quads / N-Triples stream straight to the file; triples formats receive the union of the graphs.
                StreamRDF writer = StreamRDFWriter.getWriterStream(os, format);
                summary = builder.writeTo(in, RdfFormats.isQuads(format) ? writer : unionOf(writer));
            } else {
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                summary = builder.writeTo(in, StreamRDFLib.dataset(dsg));
                if (RdfFormats.isQuads(format)) RDFDataMgr.write(os, dsg, format);
                else RDFDataMgr.write(os, dsg.getUnionGraph(), format);
            }
        }
        System.err.println("paperkg extract: " + summary.oneLine() + " -> " + out);
        return summary.recordsRead() == 0 ? 1 : 0;
    }

    private static StreamRDF unionOf(StreamRDF triples) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(triples) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                triples.triple(q.asTriple());
            }
        };
    }

    static OutputStream open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new UserException("no such directory: " + parent);
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }

}
