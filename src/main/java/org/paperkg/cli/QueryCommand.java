package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a .rq file or --query TEXT) against the store's union graph.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", arity = "1", description = "File holding the query.")
        Path file;
        @Option(names = "--query", paramLabel = "TEXT", description = "The query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FMT",
            description = "text, csv, tsv or json (SELECT/ASK); CONSTRUCT/DESCRIBE print Turtle. Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() throws IOException {
        String text = source.text;
        if (text == null) {
            if (!Files.isRegularFile(source.file)) throw new UserException("query file not found: " + source.file);
            text = Files.readString(source.file);
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserException("bad SPARQL" + (source.file != null ? " in " + source.file : "") + ": " + e.getMessage().strip().lines().findFirst().orElse(""));
        }
        try (KgStore kg = store.openExisting()) {
            run(kg.dataset(), query, format);
        }
        return 0;
    }

    static void run(DatasetGraph dsg, Query query, String format) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).build()) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case "text" -> ResultSetFormatter.out(System.out, rs, query.getPrologue());
                        case "csv" -> ResultSetFormatter.output(System.out, rs, ResultSetLang.RS_CSV);
                        case "tsv" -> ResultSetFormatter.output(System.out, rs, ResultSetLang.RS_TSV);
                        case "json" -> ResultSetFormatter.output(System.out, rs, ResultSetLang.RS_JSON);
                        default -> throw new UserException("unknown format '" + format + "' (text, csv, tsv or json)");
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if ("json".equals(format)) ResultSetFormatter.outputAsJSON(System.out, b);
                    else System.out.println(b ? "yes" : "no");
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
                } else {
                    throw new UserException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
                }
            }
        });
    }
}
