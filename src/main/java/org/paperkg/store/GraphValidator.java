package org.paperkg.store;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** SHACL validation of the union of a store's graphs against {@code ontology/shapes.ttl}. */
public final class GraphValidator {
    private GraphValidator() {
    }

    public static Shapes shapes() {
        try (InputStream in = GraphValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) throw new StoreException("ontology/shapes.ttl is missing from the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read shapes: " + e.getMessage(), e);
        }
    }

    public static ValidationReport validate(DatasetGraph dsg) {
        Shapes shapes = shapes();
        return Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
    }
}
