package org.paperkg.store;

import org.apache.jena.query.Query;
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
                ?a oa:motivatedBy oa:identifying ; oa:hasBody ?e ; kg:annotates ?p ;
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
                ?a oa:motivatedBy oa:identifying ; oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                OPTIONAL { ?a kg:resolvedName ?rn }
                BIND(COALESCE(?rn, ?exact) AS ?name)
                ?e a ?type .
              }
            }
            """);

    private StoredEntityForms() {
    }

    public static void preload(DatasetGraph dsg, EntityRegistry registry) {
        Txn.executeRead(dsg, () -> {
            each(dsg, NAMES, (e, t, row) -> registry.addName(e, t, row.getLiteral("name").getLexicalForm(),
                    row.getLiteral("n").getInt()));
            each(dsg, FORMS, (e, t, row) -> registry.addForm(e, t, row.getLiteral("exact").getLexicalForm(),
                    row.getLiteral("name").getLexicalForm()));
        });
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
