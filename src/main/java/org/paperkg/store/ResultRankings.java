package org.paperkg.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.RankingQuads.RankedResult;

/**
 * The largest results of the metrics papers report most often, kept in the rankings graph (kg:rankInMetric): for
 * each of the first {@link #METRICS} metrics by number of results (ties: metric text), the first {@link #PER_METRIC}
 * results by kg:number, largest first (ties: smaller IRI first). Choosing them at query time looks up the number of
 * every result of those metrics, one index descent each (40,000 of them at 115k papers, spread over the whole
 * subject index: most of a second, more with a cold cache); reading a stored rank is one short index range.
 *
 * <p>Read as store ids in two passes, one over the kg:metric quads and one over the kg:number quads, joined in memory;
 * a number is an inline decimal (decoded without the node table) unless it is too long for one. Only the metrics that
 * can place are turned into text, and only the results that can place into IRIs.
 */
public final class ResultRankings {
    public static final int METRICS = 100;
    public static final int PER_METRIC = 50;

    private ResultRankings() {
    }

    /** A result and its number, as a store id, the number's lexical form and its value. */
    private record Valued(NodeId result, String lexical, BigDecimal number) {
    }

    /**
     * SPARQL's DESC(?number): larger values first; equal values written differently ("2" and "2.0") by their terms,
     * reversed as well. The build writes every number in one canonical form, so in its stores equal values are the
     * same term and only the IRI (ascending, the query's second key) separates them.
     */
    private static final Comparator<Valued> BY_NUMBER =
            Comparator.comparing(Valued::number).thenComparing(Valued::lexical).reversed();

    /** A metric as a store id, its text and how many results report it. */
    private record Metric(NodeId id, String text, int results) {
    }

    /** The first {@code perMetric} results of each of the first {@code metrics} metrics, with their places. */
    static List<RankedResult> rank(DatasetGraph dsg, int metrics, int perMetric) {
        if (metrics <= 0 || perMetric <= 0) return List.of();
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        // metric → its results; a set, as SPARQL counts a result once however many graphs say it
        Map<NodeId, Set<NodeId>> resultsOf = new HashMap<>();
        quads.findAsNodeIds(Node.ANY, Node.ANY, KG.metric, Node.ANY).forEachRemaining(q ->
                resultsOf.computeIfAbsent(q.get(EntityRankings.OBJECT), k -> new HashSet<>()).add(q.get(EntityRankings.SUBJECT)));
        if (resultsOf.isEmpty()) return List.of();
        List<Metric> chosen = firstMetrics(resultsOf, metrics, nodes);
        Set<NodeId> wanted = new HashSet<>();
        for (Metric m : chosen) wanted.addAll(resultsOf.get(m.id()));
        Map<NodeId, NodeId> numberOf = new HashMap<>();
        quads.findAsNodeIds(Node.ANY, Node.ANY, KG.number, Node.ANY).forEachRemaining(q -> {
            NodeId r = q.get(EntityRankings.SUBJECT);
            if (wanted.contains(r)) numberOf.put(r, q.get(EntityRankings.OBJECT));
        });
        List<RankedResult> out = new ArrayList<>();
        for (Metric m : chosen) {
            List<Valued> valued = new ArrayList<>();
            for (NodeId r : resultsOf.get(m.id())) {
                Valued v = valued(nodes, r, numberOf.get(r));
                if (v != null) valued.add(v);
            }
            if (valued.isEmpty()) continue;
            valued.sort(BY_NUMBER);
            Valued last = valued.get(Math.min(perMetric, valued.size()) - 1);
            // the results that can place: those whose number sorts before or with the last place's; then by IRI
            List<Map.Entry<String, Valued>> placing = new ArrayList<>();
            for (Valued v : valued) {
                if (BY_NUMBER.compare(v, last) > 0) break;
                placing.add(Map.entry(nodes.getNodeForNodeId(v.result()).getURI(), v));
            }
            placing.sort(Comparator.<Map.Entry<String, Valued>, Valued>comparing(Map.Entry::getValue, BY_NUMBER)
                    .thenComparing(Map.Entry::getKey));
            for (int i = 0; i < Math.min(perMetric, placing.size()); i++) out.add(new RankedResult(placing.get(i).getKey(), i + 1));
        }
        return out;
    }

    /** The first {@code n} metrics by number of results, then text; only metrics at or above the n-th count are decoded. */
    private static List<Metric> firstMetrics(Map<NodeId, Set<NodeId>> resultsOf, int n, NodeTable nodes) {
        int[] counts = resultsOf.values().stream().mapToInt(Set::size).sorted().toArray();
        int threshold = counts[Math.max(0, counts.length - n)];
        List<Metric> candidates = new ArrayList<>();
        resultsOf.forEach((m, rs) -> {
            if (rs.size() >= threshold) candidates.add(new Metric(m, nodes.getNodeForNodeId(m).getLiteralLexicalForm(), rs.size()));
        });
        candidates.sort(Comparator.comparingInt(Metric::results).reversed().thenComparing(Metric::text));
        return candidates.subList(0, Math.min(n, candidates.size()));
    }

    /** A result with the decimal its kg:number id stands for; null when it has none or it is not a number. */
    private static Valued valued(NodeTable nodes, NodeId result, NodeId number) {
        if (number == null) return null;
        Node n = NodeId.isInline(number) ? NodeIdInline.extract(number) : nodes.getNodeForNodeId(number);
        if (!n.isLiteral()) return null;
        try {
            return new Valued(result, n.getLiteralLexicalForm(), new BigDecimal(n.getLiteralLexicalForm().trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
