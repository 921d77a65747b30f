package org.paperkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.extract.EntityType;
import org.paperkg.link.Iris;
import org.paperkg.rdf.CooccurrenceQuads;
import org.paperkg.rdf.CooccurrenceQuads.Pair;
import org.paperkg.rdf.KG;

/**
 * How many papers mention each pair of the entities that the most papers mention (pairs of different types), kept
 * in a graph of their own. Counting pairs from the mentions at query time costs a pass over every paper of those
 * entities, which grows with the corpus (seconds at 100k papers); reading the stored counts does not. Every build,
 * incremental ones too, recounts them from the store, so they never drift from the papers.
 */
public final class CooccurrenceCounts {
    /** Entities whose pairs are counted: the most-mentioned ones (at most 64: a paper's set of them is one long). */
    public static final int TOP = 60;
    /** Pairs fewer papers mention together are not kept: one paper naming two things is no pattern. */
    static final int MIN_PAPERS = 2;

    private CooccurrenceCounts() {
    }

    /** Recounts the pairs among the {@code top} most-mentioned entities and replaces the co-occurrence graph. */
    public static List<Pair> rewrite(KgStore store, int top) {
        List<Pair> pairs = Txn.calculateRead(store.dataset(), () -> count(store.dataset(), top));
        store.syncGraph(KG.COOCCURRENCE_GRAPH, out -> CooccurrenceQuads.write(pairs, out));
        return pairs;
    }

    static List<Pair> count(DatasetGraph dsg, int top) {
        if (top > 64) throw new IllegalArgumentException("at most 64 entities, not " + top);
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        List<Node> entities = mostMentioned(quads, top);
        // paper → bit i set when it mentions entities[i]; papers are kept as store ids, never turned into IRIs
        Map<NodeId, Long> seen = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            long bit = 1L << i;
            quads.findAsNodeIds(Node.ANY, Node.ANY, KG.mentions, entities.get(i))
                    .forEachRemaining(q -> seen.merge(q.get(EntityRankings.SUBJECT), bit, (a, b) -> a | b));
        }
        EntityType[] types = entities.stream().map(e -> Iris.entityType(e.getURI()).orElse(null)).toArray(EntityType[]::new);
        int n = entities.size();
        int[][] together = new int[n][n];
        for (long mask : seen.values()) {
            if (Long.bitCount(mask) < 2) continue;
            for (int i = 0; i < n; i++) {
                if ((mask & (1L << i)) == 0) continue;
                for (int j = i + 1; j < n; j++) {
                    if ((mask & (1L << j)) != 0) together[i][j]++;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (together[i][j] < MIN_PAPERS || types[i] == null || types[i] == types[j]) continue;
                String a = entities.get(i).getURI(), b = entities.get(j).getURI();
                boolean ordered = a.compareTo(b) < 0;
                pairs.add(new Pair(ordered ? a : b, ordered ? b : a, together[i][j]));
            }
        }
        pairs.sort(Comparator.comparing(Pair::first).thenComparing(Pair::second));
        return pairs;
    }

    /**
     * The {@code top} entities with the highest kg:paperCount (ties: smaller IRI first), at least one paper each.
     * The counts are read as store ids (a count is an inline integer, decoded without the node table) and only the
     * kept entities' IRIs are looked up: turning every entity's id into its IRI was most of this pass.
     */
    static List<Node> mostMentioned(NodeTupleTable quads, int top) {
        return EntityRankings.firsts(EntityRankings.counted(quads, 1), top, quads.getNodeTable(), new HashMap<>())
                .stream().map(Map.Entry::getKey).toList();
    }
}
