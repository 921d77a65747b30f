package org.paperkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.extract.EntityType;
import org.paperkg.link.EntityRegistry;
import org.paperkg.link.Iris;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.LabelVotes;

/**
 * Reloads, from a store that already holds papers, how often each entity was written each way, so that an
 * incremental build chooses the same labels a full build of all the papers would: from the stored mentions (after an
 * interrupted build, when the entities graph cannot be trusted) or from the entities graph's own counts.
 */
public final class StoredEntityForms {
    private static final String PREFIXES = "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
            + "PREFIX kg: <https://w3id.org/paperkg/ontology#>\n";

    /** How many papers named each entity each way (label candidates). */
    private static final Query NAMES = QueryFactory.create(PREFIXES + """
            SELECT ?e ?name (COUNT(DISTINCT ?p) AS ?n) WHERE {
              GRAPH ?g {
                ?a oa:hasBody ?e ; oa:motivatedBy oa:identifying ; oa:hasTarget ?t .
                ?t oa:hasSource ?p ; oa:hasSelector/oa:exact ?exact .
                OPTIONAL { ?a kg:resolvedName ?rn }
                BIND(COALESCE(?rn, ?exact) AS ?name)
              }
            } GROUP BY ?e ?name
            """);

    /** Every written form with the name it was resolved to (alias candidates). */
    private static final Query FORMS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e ?exact ?name WHERE {
              GRAPH ?g {
                ?a oa:hasBody ?e ; oa:motivatedBy oa:identifying ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                OPTIONAL { ?a kg:resolvedName ?rn }
                BIND(COALESCE(?rn, ?exact) AS ?name)
              }
            }
            """);

    /** How many papers mention each entity (their graphs' kg:mentions; stored as kg:paperCount). */
    private static final Query PAPERS = QueryFactory.create(PREFIXES + """
            SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE {
              GRAPH ?g { ?p kg:mentions ?e }
            } GROUP BY ?e
            """);

    private StoredEntityForms() {
    }

    /** Counts every entity's names and forms over all papers in the store. */
    public static void preload(DatasetGraph dsg, EntityRegistry registry) {
        count(dsg, registry, NAMES, FORMS, PAPERS);
    }

    /**
     * Reads what the entities graph says of the given entities, as a complete earlier build wrote it: their name
     * votes (kg:labelVotes), aliases and paper counts. Adding a new build's counts to these gives the counts over all
     * papers, at a cost that grows with the number of entities read, not with how often the store mentions them.
     */
    public static void loadDescribed(DatasetGraph dsg, EntityRegistry registry, Collection<String> entityIris) {
        Txn.executeRead(dsg, () -> {
            for (String iri : new TreeSet<>(entityIris)) {
                EntityType type = Iris.entityType(iri).orElse(null);
                if (type == null) continue;
                // nothing found: an entity no earlier build described (new with these papers)
                dsg.find(KG.ENTITIES_GRAPH, NodeFactory.createURI(iri), Node.ANY, Node.ANY).forEachRemaining(q -> {
                    Node p = q.getPredicate();
                    String lex = q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : null;
                    if (p.equals(KG.labelVotes)) {
                        LabelVotes.parse(lex).forEach((name, n) -> registry.addName(iri, type, name, n));
                    } else if (p.equals(KG.altLabel)) {
                        registry.addStoredForm(iri, type, lex);
                    } else if (p.equals(KG.paperCount)) {
                        registry.addPapers(iri, type, Integer.parseInt(lex));
                    }
                });
            }
        });
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

    private interface Row {
        void accept(String entity, EntityType type, QuerySolution row);
    }

    /** Runs {@code query} and hands each row to {@code action} with its entity and the type its IRI was minted for. */
    private static void each(DatasetGraph dsg, Query query, Row action) {
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String iri = row.getResource("e").getURI();
                Iris.entityType(iri).ifPresent(t -> action.accept(iri, t, row));
            }
        }
    }
}
