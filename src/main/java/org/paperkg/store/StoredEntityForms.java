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
    private static final Query FORMS = QueryFactory.create("""
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX kg: <https://w3id.org/paperkg/ontology#>
            SELECT ?e ?type ?exact (COUNT(DISTINCT ?p) AS ?n) WHERE {
              GRAPH ?g {
                ?a oa:motivatedBy oa:identifying ; oa:hasBody ?e ; kg:annotates ?p ;
                   oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                ?e a ?type .
              }
            } GROUP BY ?e ?type ?exact
            """);

    private StoredEntityForms() {
    }

    public static void preload(DatasetGraph dsg, EntityRegistry registry) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(FORMS).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String typeIri = row.getResource("type").getURI();
                    if (!typeIri.startsWith(KG.NS)) continue;
                    EntityType.parse(typeIri.substring(KG.NS.length())).ifPresent(t -> registry.addForm(
                            row.getResource("e").getURI(), t, row.getLiteral("exact").getLexicalForm(),
                            row.getLiteral("n").getInt()));
                }
            }
        });
    }
}
