package org.paperkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;

/**
 * The seed graph built once per test JVM into a real TDB2 store in a temporary folder, for tests that only read it
 * (canned queries, co-occurrence counts, rankings), and a way to ask it SPARQL. Building it takes seconds; each of
 * those test classes built its own. The folder is removed when the JVM ends.
 */
public final class SeedStore {
    private static KgStore store;

    private SeedStore() {
    }

    public static synchronized KgStore get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("paperkg-seed-store-");
                KgStore s = KgStore.open(dir.resolve("db"));
                Pipelines.standardBuilder(0).buildInto(s, List.of(Path.of("seeds")));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    deleteTree(dir);
                }));
                store = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** Rows as maps of variable → lexical form (IRI or literal text). */
    public static List<Map<String, String>> rows(String sparql) {
        KgStore s = get();
        var q = QueryFactory.create(sparql);
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(s.dataset())).query(q).build()) {
                List<Map<String, String>> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> {
                    Map<String, String> m = new HashMap<>();
                    row.varNames().forEachRemaining(v -> {
                        RDFNode n = row.get(v);
                        m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    out.add(m);
                });
                return out;
            }
        });
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is no test failure
        }
    }
}
