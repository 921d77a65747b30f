package org.paperkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.extract.Relation;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.ModelDatasetQuads;
import org.paperkg.rdf.ModelDatasetQuads.Counts;
import org.paperkg.rdf.ModelDatasetQuads.ModelPapers;
import org.paperkg.rdf.ModelDatasetQuads.Pair;

/**
 * Which datasets the papers that use each model are evaluated on, and how many papers, kept in a graph of their own.
 * Joining every paper's kg:evaluatedOn with its kg:usesModel at query time is one index descent per evaluation
 * (34k on 115k papers) and was the slowest canned query (over 1 s on its first run); the stored pairs are half as many
 * rows and need no join through the papers. Every build, incremental ones too, recounts them from the store, so they
 * never drift from the papers.
 */
public final class ModelDatasetCounts {
    private ModelDatasetCounts() {
    }

    /** Recounts the pairs from the store's last commit, in a read transaction of its own. */
    static Counts read(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> count(store.dataset()));
    }

    /** Replaces the model-datasets graph with counts {@link #read} made (on {@link PaperOnlyReads}'s thread). */
    public static Counts write(KgStore store, Counts counts) {
        store.syncGraph(KG.MODEL_DATASETS_GRAPH, out -> ModelDatasetQuads.write(counts, out));
        return counts;
    }

    /**
     * Counts from the store's ids: a paper's datasets and models are read as ids from the predicate indexes and only
     * the distinct models and datasets (thousands, against tens of thousands of statements) are turned into IRIs.
     * Each paper counts once per pair and once per model however many graphs repeat its statements.
     */
    static Counts count(DatasetGraph dsg) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        Map<NodeId, Set<NodeId>> datasetsOf = objectsBySubject(quads, KG.property(Relation.EVALUATED_ON), null);
        Map<NodeId, Set<NodeId>> modelsOf = objectsBySubject(quads, KG.property(Relation.USES_MODEL), datasetsOf.keySet());
        Map<List<NodeId>, Integer> pairPapers = new HashMap<>();
        Map<NodeId, Integer> modelPapers = new HashMap<>();
        modelsOf.forEach((paper, models) -> {
            Set<NodeId> datasets = datasetsOf.get(paper);
            for (NodeId m : models) {
                modelPapers.merge(m, 1, Integer::sum);
                for (NodeId d : datasets) pairPapers.merge(List.of(m, d), 1, Integer::sum);
            }
        });
        NodeTable nodes = quads.getNodeTable();
        Map<NodeId, String> iris = new HashMap<>();
        List<Pair> pairs = new ArrayList<>(pairPapers.size());
        pairPapers.forEach((md, n) -> {
            String model = iri(md.get(0), nodes, iris), dataset = iri(md.get(1), nodes, iris);
            if (model != null && dataset != null) pairs.add(new Pair(model, dataset, n));
        });
        List<ModelPapers> models = new ArrayList<>(modelPapers.size());
        modelPapers.forEach((m, n) -> {
            String model = iri(m, nodes, iris);
            if (model != null) models.add(new ModelPapers(model, n));
        });
        pairs.sort(Comparator.comparing(Pair::model).thenComparing(Pair::dataset));
        models.sort(Comparator.comparing(ModelPapers::model));
        return new Counts(pairs, models);
    }

    /**
     * Subject → objects of {@code predicate} over every graph, for the subjects in {@code only} (all when null).
     * Papers are kept as store ids, never turned into IRIs.
     */
    private static Map<NodeId, Set<NodeId>> objectsBySubject(NodeTupleTable quads, Node predicate, Set<NodeId> only) {
        Map<NodeId, Set<NodeId>> out = new HashMap<>();
        quads.findAsNodeIds(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
            NodeId s = q.get(EntityRankings.SUBJECT);
            if (only == null || only.contains(s)) out.computeIfAbsent(s, k -> new HashSet<>(4)).add(q.get(EntityRankings.OBJECT));
        });
        return out;
    }

    /** The IRI of a model or dataset id; null for anything else (a literal or blank node would be a broken store). */
    private static String iri(NodeId id, NodeTable nodes, Map<NodeId, String> decoded) {
        return decoded.computeIfAbsent(id, k -> {
            Node n = nodes.getNodeForNodeId(k);
            return n != null && n.isURI() ? n.getURI() : null;
        });
    }
}
