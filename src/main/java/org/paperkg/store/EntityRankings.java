package org.paperkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.RankingQuads.Ranked;

/**
 * Where the most-mentioned entities stand, kept in a graph of their own: the first {@link #OVERALL} of all entities
 * and the first {@link #PER_TYPE} of each type, by kg:paperCount (ties: smaller IRI first), among the entities two or
 * more papers mention. Choosing "the 50 most-mentioned methods" at query time sorts every method of the graph (a
 * second at 115k papers); reading a stored rank is an index lookup. Every build rewrites the graph, so ranks never
 * lag behind the counts ({@link Rankings}).
 *
 * <p>Counts and types are read as store ids (a count is an inline integer; a type is one of six class ids); only the
 * entities that can still place are turned into IRIs, to break ties.
 */
public final class EntityRankings {
    public static final int OVERALL = 1000;
    public static final int PER_TYPE = 100;
    /** Entities fewer papers mention are not ranked: one paper naming a thing is no standing. */
    static final int MIN_PAPERS = 2;

    private EntityRankings() {
    }

    /** One entity with its count, as store ids. */
    record Counted(NodeId entity, long papers) {
    }

    /** Positions in a quad tuple (TDB2 keeps quads as graph, subject, predicate, object). */
    static final int GRAPH = 0, SUBJECT = 1, OBJECT = 3;

    /** Every entity of the entities graph with its kg:paperCount, when at least {@code min}, as store ids. */
    static List<Counted> counted(NodeTupleTable quads, long min) {
        NodeTable nodes = quads.getNodeTable();
        NodeId entitiesGraph = nodes.getNodeIdForNode(KG.ENTITIES_GRAPH);
        List<Counted> counted = new ArrayList<>();
        quads.findAsNodeIds(Node.ANY, Node.ANY, KG.paperCount, Node.ANY).forEachRemaining(q -> {
            if (!q.get(GRAPH).equals(entitiesGraph)) return;
            long papers = papers(nodes, q.get(OBJECT));
            if (papers >= min) counted.add(new Counted(q.get(SUBJECT), papers));
        });
        return counted;
    }

    static List<Ranked> rank(DatasetGraph dsg) {
        return rank(dsg, OVERALL, PER_TYPE);
    }

    /** The first {@code overall} entities, then the first {@code perType} of each type, over every entity. */
    static List<Ranked> rank(DatasetGraph dsg, int overall, int perType) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        Map<NodeId, NodeId> classOf = new HashMap<>();
        quads.findAsNodeIds(KG.ENTITIES_GRAPH, Node.ANY, KG.type, Node.ANY)
                .forEachRemaining(q -> classOf.put(q.get(SUBJECT), q.get(OBJECT)));
        return ranked(counted(quads, MIN_PAPERS), classOf, quads.getNodeTable(), overall, perType);
    }

    /**
     * The same places as {@link #rank(DatasetGraph, int, int)} when, since the entities in {@code before} were
     * ranked, papers were only added and {@code touched} holds every entity they mention: only those entities and
     * the ones placed before are looked at. The new papers only raise counts, and only of touched entities; so an
     * entity that placed in neither list still has at least as many entities ahead of it as it had, each with at
     * least as many papers, and still cannot place. Reading the counts of every entity of a 115k-paper store was
     * most of the rankings' second in each incremental build.
     */
    static List<Ranked> rankAfterAdding(DatasetGraph dsg, Collection<String> before, Collection<String> touched,
                                        int overall, int perType) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Set<NodeId> candidates = new HashSet<>();
        for (Collection<String> iris : List.of(before, touched)) {
            for (String iri : iris) {
                NodeId id = nodes.getNodeIdForNode(NodeFactory.createURI(iri));
                if (!NodeId.isDoesNotExist(id)) candidates.add(id);
            }
        }
        NodeId graph = nodes.getNodeIdForNode(KG.ENTITIES_GRAPH);
        NodeId paperCount = nodes.getNodeIdForNode(KG.paperCount);
        NodeId type = nodes.getNodeIdForNode(KG.type);
        if (NodeId.isDoesNotExist(graph) || NodeId.isDoesNotExist(paperCount)) return List.of();
        List<Counted> counted = new ArrayList<>();
        Map<NodeId, NodeId> classOf = new HashMap<>();
        // tuples are graph, subject, predicate, object: each lookup is a prefix of GSPO
        for (NodeId e : candidates) {
            quads.find(graph, e, paperCount, NodeId.NodeIdAny).forEachRemaining(q -> {
                long papers = papers(nodes, q.get(OBJECT));
                if (papers >= MIN_PAPERS) counted.add(new Counted(e, papers));
            });
            if (!NodeId.isDoesNotExist(type)) {
                quads.find(graph, e, type, NodeId.NodeIdAny).forEachRemaining(q -> classOf.put(e, q.get(OBJECT)));
            }
        }
        return ranked(counted, classOf, nodes, overall, perType);
    }

    private static List<Ranked> ranked(List<Counted> all, Map<NodeId, NodeId> classOf, NodeTable nodes, int overall,
                                       int perType) {
        Map<NodeId, List<Counted>> byClass = new HashMap<>();
        for (Counted c : all) {
            NodeId cls = classOf.get(c.entity());
            if (cls != null) byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(c);
        }
        Map<NodeId, Node> decoded = new HashMap<>();
        List<Ranked> out = new ArrayList<>();
        for (Map.Entry<Node, Long> e : firsts(all, overall, nodes, decoded)) out.add(new Ranked(e.getKey().getURI(), null, out.size() + 1));
        List<NodeId> classes = new ArrayList<>(byClass.keySet());
        classes.sort(Comparator.comparing(c -> nodes.getNodeForNodeId(c).getURI()));
        for (NodeId cls : classes) {
            String type = nodes.getNodeForNodeId(cls).getURI();
            int rank = 0;
            for (Map.Entry<Node, Long> e : firsts(byClass.get(cls), perType, nodes, decoded)) {
                out.add(new Ranked(e.getKey().getURI(), type, ++rank));
            }
        }
        return out;
    }

    /** The first {@code n} by count (then IRI); only the entities at or above the n-th count are decoded. */
    static List<Map.Entry<Node, Long>> firsts(List<Counted> counted, int n, NodeTable nodes, Map<NodeId, Node> decoded) {
        if (counted.isEmpty()) return List.of();
        long[] sorted = counted.stream().mapToLong(Counted::papers).sorted().toArray();
        long threshold = sorted[Math.max(0, sorted.length - n)];
        List<Map.Entry<Node, Long>> candidates = new ArrayList<>();
        for (Counted c : counted) {
            if (c.papers() < threshold) continue;
            Node e = decoded.computeIfAbsent(c.entity(), nodes::getNodeForNodeId);
            if (e.isURI()) candidates.add(Map.entry(e, c.papers()));
        }
        candidates.sort(Comparator.<Map.Entry<Node, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().getURI()));
        return candidates.subList(0, Math.min(n, candidates.size()));
    }

    static long papers(NodeTable nodes, NodeId count) {
        Node n = NodeId.isInline(count) ? NodeIdInline.extract(count) : nodes.getNodeForNodeId(count);
        return n.isLiteral() ? Long.parseLong(n.getLiteralLexicalForm()) : -1;
    }
}
