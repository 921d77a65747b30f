package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as RDF. Quad formats (nq, trig, jsonld) keep every named graph; "
                + "triple formats (ttl, nt, rdfxml) write the union of the graphs.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.gz compresses).")
    Path out;
    @Option(names = "--format", paramLabel = "FMT",
            description = "nq, trig, ttl, nt, jsonld or rdfxml. Default: from the file extension.")
    String format;

    @Override
    public Integer call() throws IOException {
        RDFFormat f = format != null ? RdfFormats.byName(format) : RdfFormats.byFile(out);
        try (KgStore kg = store.openExisting(); OutputStream os = ExtractCommand.open(out)) {
            DatasetGraph dsg = kg.dataset();
            Txn.executeRead(dsg, () -> {
                if (RdfFormats.isQuads(f)) RDFDataMgr.write(os, dsg, f);
                else RDFDataMgr.write(os, dsg.getUnionGraph(), f);
            });
        }
        System.err.println("paperkg export: wrote " + out);
        return 0;
    }
}
