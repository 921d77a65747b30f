package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.extract.EntityType;
import org.paperkg.extract.Relation;

/**
 * Terms of the paperkg ontology ({@code ontology/paperkg.ttl}) and the standard vocabularies the graph uses, as
 * Jena nodes for streaming output. The ontology file is the definition; this class only names its terms.
 */
public final class KG {
    public static final String NS = "https://w3id.org/paperkg/ontology#";
    public static final String BASE = "https://w3id.org/paperkg/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";

    public static final Node Paper = kg("Paper");
    public static final Node Result = kg("Result");
    public static final Node Extractor = kg("Extractor");
    public static final Node SourceRecord = kg("SourceRecord");

    public static final Node authorCount = kg("authorCount");
    public static final Node upvotes = kg("upvotes");
    public static final Node arxivId = kg("arxivId");
    public static final Node category = kg("category");
    public static final Node recordId = kg("recordId");
    public static final Node sourceFile = kg("sourceFile");
    public static final Node sourceLine = kg("sourceLine");
    public static final Node mentions = kg("mentions");
    public static final Node proposes = kg("proposes");
    public static final Node variantOf = kg("variantOf");
    public static final Node reportsResult = kg("reportsResult");
    public static final Node metric = kg("metric");
    public static final Node value = kg("value");
    public static final Node number = kg("number");
    public static final Node unit = kg("unit");
    public static final Node baseline = kg("baseline");
    public static final Node confidence = kg("confidence");
    public static final Node textField = kg("textField");
    public static final Node extractedBy = kg("extractedBy");
    public static final Node vocabularySource = kg("vocabularySource");
    public static final Node paperCount = kg("paperCount");
    public static final Node labelVotes = kg("labelVotes");
    public static final Node nameKey = kg("nameKey");
    public static final Node resolvedName = kg("resolvedName");
    public static final Node complete = kg("complete");

    public static final Node type = RDF.type.asNode();
    public static final Node label = RDFS.label.asNode();
    public static final Node altLabel = SKOS.altLabel.asNode();
    public static final Node title = DCTerms.title.asNode();
    public static final Node abstract_ = DCTerms.abstract_.asNode();
    public static final Node date = DCTerms.date.asNode();
    public static final Node source = DCTerms.source.asNode();
    public static final Node creator = DCTerms.creator.asNode();
    public static final Node name = FOAF.name.asNode();

    public static final Node Annotation = NodeFactory.createURI(OA + "Annotation");
    public static final Node hasBody = NodeFactory.createURI(OA + "hasBody");
    public static final Node hasTarget = NodeFactory.createURI(OA + "hasTarget");
    public static final Node hasSource = NodeFactory.createURI(OA + "hasSource");
    public static final Node hasSelector = NodeFactory.createURI(OA + "hasSelector");
    public static final Node TextPositionSelector = NodeFactory.createURI(OA + "TextPositionSelector");
    public static final Node TextQuoteSelector = NodeFactory.createURI(OA + "TextQuoteSelector");
    public static final Node start = NodeFactory.createURI(OA + "start");
    public static final Node end = NodeFactory.createURI(OA + "end");
    public static final Node exact = NodeFactory.createURI(OA + "exact");
    public static final Node motivatedBy = NodeFactory.createURI(OA + "motivatedBy");
    public static final Node identifying = NodeFactory.createURI(OA + "identifying");
    public static final Node describing = NodeFactory.createURI(OA + "describing");

    /** Graph holding the ontology itself. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(BASE + "graph/ontology");
    /** Graph holding entity descriptions (type, label, aliases, hierarchy) and the extractor agents. */
    public static final Node ENTITIES_GRAPH = NodeFactory.createURI(BASE + "graph/entities");
    /** Graph holding how many papers mention pairs of the most-mentioned entities (see store.CooccurrenceCounts). */
    public static final Node COOCCURRENCE_GRAPH = NodeFactory.createURI(BASE + "graph/cooccurrence");
    /**
     * Where the most-mentioned entities stand (kg:rank, kg:rankInType) and the largest results of the most-reported
     * metrics (kg:rankInMetric) and the newest papers (kg:recencyRank); rewritten by every build.
     */
    public static final Node RANKINGS_GRAPH = NodeFactory.createURI(BASE + "graph/rankings");
    public static final Node rank = kg("rank");
    public static final Node rankInType = kg("rankInType");
    public static final Node rankInMetric = kg("rankInMetric");
    public static final Node recencyRank = kg("recencyRank");
    public static final Node Cooccurrence = kg("Cooccurrence");
    public static final Node entity = kg("entity");
    public static final Node jointPaperCount = kg("jointPaperCount");
    /** Graph holding which datasets the papers that use each model are evaluated on (see store.ModelDatasetCounts). */
    public static final Node MODEL_DATASETS_GRAPH = NodeFactory.createURI(BASE + "graph/model-datasets");
    public static final Node ModelOnDataset = kg("ModelOnDataset");
    public static final Node model = kg("model");
    public static final Node dataset = kg("dataset");
    public static final Node evaluationDataset = kg("evaluationDataset");
    public static final Node evaluatedPaperCount = kg("evaluatedPaperCount");

    private KG() {
    }

    public static Node kg(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node classOf(EntityType t) {
        return kg(t.localName());
    }

    public static Node property(Relation r) {
        return kg(r.localName());
    }
}
