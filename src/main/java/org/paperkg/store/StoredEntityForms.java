package org.paperkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.extract.EntityType;
import org.paperkg.link.EntityRegistry;
import org.paperkg.rdf.KG;

/**
 * Reloads, from a store that already holds papers, how often each entity was written each way, so that an
 * incremental build chooses the same labels a full build of all the papers would.
 */
public final class StoredEntityForms {
    private static final String PREFIXES = "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
            + "PREFIX kg: <https://w3id.org/paperkg/ontology#>\n";

    /** How many papers named each entity each way (label candidates). */
    private static final Query NAMES = QueryFactory.create(PREFIXES + """
            SELECT ?e ?type ?name (COUNT(DISTINCT ?p) AS ?n) WHERE {
              GRAPH ?g {
                ?a oa:hasBody ?e ; oa:motivatedBy oa:identifying ; kg:annotates ?p ;
                   oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                OPTIONAL { ?a kg:resolvedName ?rn }
                BIND(COALESCE(?rn, ?exact) AS ?name)
                ?e a ?type .
              }
            } GROUP BY ?e ?type ?name
            """);

    /** Every written form with the name it was resolved to (alias candidates). */
    private static final Query FORMS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e ?type ?exact ?name WHERE {
              GRAPH ?g {
                ?a oa:hasBody ?e ; oa:motivatedBy oa:identifying ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                OPTIONAL { ?a kg:resolvedName ?rn }
                BIND(COALESCE(?rn, ?exact) AS ?name)
                ?e a ?type .
              }
            }
            """);

    /** How many papers mention each entity (their graphs' kg:mentions; stored as kg:paperCount). */
    private static final Query PAPERS = QueryFactory.create(PREFIXES + """
            SELECT ?e ?type (COUNT(DISTINCT ?p) AS ?n) WHERE {
              GRAPH ?g { ?p kg:mentions ?e . ?e a ?type . }
            } GROUP BY ?e ?type
            """);

    private StoredEntityForms() {
    }

    /** Counts every entity's names and forms over all papers in the store. */
    public static void preload(DatasetGraph dsg, EntityRegistry registry) {
        count(dsg, registry, NAMES, FORMS, PAPERS);
    }

    /** The same, for the given entities only: the query starts from each entity, so it costs what they cost. */
    public static void preload(DatasetGraph dsg, EntityRegistry registry, Collection<String> entityIris) {
        List<String> all = new ArrayList<>(new TreeSet<>(entityIris));
        for (int i = 0; i < all.size(); i += 500) {
            List<Var> vars = List.of(Var.alloc("e"));
            List<Binding> rows = new ArrayList<>();
            for (String iri : all.subList(i, Math.min(all.size(), i + 500))) {
                rows.add(BindingFactory.binding(Var.alloc("e"), NodeFactory.createURI(iri)));
            }
            count(dsg, registry, restricted(NAMES, vars, rows), restricted(FORMS, vars, rows), restricted(PAPERS, vars, rows));
        }
    }

    /** Runs a names, a forms and a papers query (see {@link #NAMES}, {@link #FORMS}, {@link #PAPERS}) into the registry. */
    private static void count(DatasetGraph dsg, EntityRegistry registry, Query names, Query forms, Query papers) {
        Txn.executeRead(dsg, () -> {
            each(dsg, names, (e, t, row) -> registry.addName(e, t, row.getLiteral("name").getLexicalForm(),
                    row.getLiteral("n").getInt()));
            each(dsg, forms, (e, t, row) -> registry.addForm(e, t, row.getLiteral("exact").getLexicalForm(),
                    row.getLiteral("name").getLexicalForm()));
            each(dsg, papers, (e, t, row) -> registry.addPapers(e, t, row.getLiteral("n").getInt()));
        });
    }

    /** {@code query} with a VALUES block binding ?e to the given entities (syntax-level, no string splicing). */
    private static Query restricted(Query query, List<Var> vars, List<Binding> rows) {
        Query q = query.cloneQuery();
        ElementGroup group = new ElementGroup();
        ElementData data = new ElementData(vars, rows);
        group.addElement(data);
        if (q.getQueryPattern() instanceof ElementGroup g) g.getElements().forEach(group::addElement);
        else group.addElement(q.getQueryPattern());
        q.setQueryPattern(group);
        return q;
    }

    private interface Row {
        void accept(String entity, EntityType type, QuerySolution row);
    }

    private static void each(DatasetGraph dsg, Query query, Row action) {
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String typeIri = row.getResource("type").getURI();
                if (!typeIri.startsWith(KG.NS)) continue;
                EntityType.parse(typeIri.substring(KG.NS.length()))
                        .ifPresent(t -> action.accept(row.getResource("e").getURI(), t, row));
            }
        }
    }
}
