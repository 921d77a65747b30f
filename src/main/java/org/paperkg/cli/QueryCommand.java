package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
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

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Binds ?NAME to the string literal VALUE (repeatable). The value is substituted into the parsed "
                    + "query as an RDF term, never pasted into its text, so it cannot change the query. A VALUES block "
                    + "for ?NAME alone (a file's default) is replaced.")
    java.util.List<String> params = new java.util.ArrayList<>();

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
        if (!params.isEmpty()) query = Params.bind(query, Params.parse(params));
        try (KgStore kg = store.openExisting()) {
            run(kg.dataset(), query, format);
        }
        return 0;
    }

    /**
     * Binding {@code --param} values into a parsed query: the values become literal nodes substituted by Jena's
     * syntax transform (the same as {@code ParameterizedSparqlString} does, but after parsing), so a value such as
     * {@code x" } ; DROP ALL ; #} is only ever a string to compare with.
     */
    static final class Params {
        private Params() {
        }

        /** NAME=VALUE pairs, split at the first '=' only (the value is taken verbatim, quotes and all). */
        static java.util.Map<String, String> parse(java.util.List<String> pairs) {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            for (String p : pairs) {
                int eq = p.indexOf('=');
                if (eq <= 0) throw new UserException("--param " + p + ": expected NAME=VALUE");
                out.put(p.substring(0, eq), p.substring(eq + 1));
            }
            return out;
        }

        static Query bind(Query parsed, java.util.Map<String, String> params) {
            Query query = parsed.cloneQuery();
            java.util.Map<Var, Node> subst = new java.util.LinkedHashMap<>();
            java.util.Set<Var> mentioned = new java.util.HashSet<>();
            if (query.getQueryPattern() != null) {
                mentioned.addAll(org.apache.jena.sparql.syntax.PatternVars.vars(query.getQueryPattern()));
            }
            mentioned.addAll(query.getProjectVars());
            for (var e : params.entrySet()) {
                String name = e.getKey().startsWith("?") || e.getKey().startsWith("$") ? e.getKey().substring(1) : e.getKey();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new UserException("--param " + e.getKey() + ": not a SPARQL variable name");
                }
                Var v = Var.alloc(name);
                if (!mentioned.contains(v)) throw new UserException("--param " + name + ": the query has no ?" + name);
                subst.put(v, NodeFactory.createLiteralString(e.getValue()));
            }
            dropDefaults(query, subst.keySet());
            try {
                return QueryTransformOps.transform(query, subst);
            } catch (org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException e) {
                throw new UserException("--param: " + e.getMessage() + " (a variable that the query itself assigns "
                        + "with BIND, AS or VALUES over several variables cannot be a parameter)");
            }
        }

        /** Removes {@code VALUES ?v { ... }} blocks over a bound variable alone: they are the query's default value. */
        private static void dropDefaults(Query query, java.util.Set<Var> bound) {
            if (query.hasValues() && query.getValuesVariables().size() == 1 && bound.containsAll(query.getValuesVariables())) {
                query.setValuesDataBlock(null, null);
            }
            if (query.getQueryPattern() == null) return;
            org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                    new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override
                        public void visit(ElementGroup group) {
                            group.getElements().removeIf(el -> el instanceof ElementData d
                                    && d.getVars().size() == 1 && bound.containsAll(d.getVars()));
                        }
                    });
        }
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
