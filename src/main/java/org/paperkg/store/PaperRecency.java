package org.paperkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.rdf.KG;
import org.paperkg.rdf.RankingQuads.RankedPaper;

/**
 * The newest papers, kept in the rankings graph (kg:recencyRank): the first {@link #NEWEST} papers in the order of
 * SPARQL's {@code ORDER BY DESC(?date) ?paper} over their dcterms:date (so a month-and-day date of a Daily Papers dump
 * sorts where ARQ sorts it). "The newest 1,000 papers" by a sort at query time orders every dated paper: ARQ keeps
 * only the first n rows in a bounded heap for n under 1,000, and raising that threshold made papers.rq slower still
 * (1.2 s to 7 s at 115k, measured); reading a stored rank is one short index range.
 *
 * <p>Read as store ids in one pass over the dcterms:date quads. Dates are few (a few hundred distinct values over
 * 115k papers), so only they are put in ARQ's order, with ARQ's own comparator; then only the papers that can place
 * are turned into IRIs, to break ties. A paper has one date (the build writes at most one).
 */
public final class PaperRecency {
    public static final int NEWEST = 2000;
    private static final Var DATE = Var.alloc("date");
    /** ARQ's ORDER BY DESC(?date), applied to one date at a time. */
    private static final BindingComparator NEWEST_FIRST =
            new BindingComparator(List.of(new SortCondition(DATE, Query.ORDER_DESCENDING)));

    private PaperRecency() {
    }

    /** The first {@code n} papers, newest first, then by IRI. */
    static List<RankedPaper> rank(DatasetGraph dsg, int n) {
        if (n <= 0) return List.of();
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        Dated dated = new Dated();
        quads.findAsNodeIds(Node.ANY, Node.ANY, KG.date, Node.ANY).forEachRemaining(dated::add);
        return ranked(dated, quads.getNodeTable(), n);
    }

    /**
     * The same places as {@link #rank} when, since the papers in {@code before} were placed, papers were only added
     * and {@code added} holds them: only those papers and the ones placed before are looked at. A paper that placed
     * in neither still has every paper ahead of it that it had (a stored paper keeps its date), and cannot place.
     */
    static List<RankedPaper> rankAfterAdding(DatasetGraph dsg, Collection<String> before, Collection<String> added, int n) {
        if (n <= 0) return List.of();
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId date = nodes.getNodeIdForNode(KG.date);
        if (NodeId.isDoesNotExist(date)) return List.of();
        Dated dated = new Dated();
        Set<NodeId> seen = new HashSet<>();
        for (Collection<String> papers : List.of(before, added)) {
            for (String iri : papers) {
                NodeId paper = nodes.getNodeIdForNode(NodeFactory.createURI(iri));
                if (NodeId.isDoesNotExist(paper) || !seen.add(paper)) continue;
                // the paper's dates in every graph (tuples are graph, subject, predicate, object), smallest id first
                // as in the full pass, so a paper with two dates keeps the same one
                quads.find(NodeId.NodeIdAny, paper, date, NodeId.NodeIdAny).forEachRemaining(dated::add);
            }
        }
        return ranked(dated, nodes, n);
    }

    /** Papers with their date, as store ids, from dcterms:date quads in the store's order (graph, subject, predicate, object). */
    private static final class Dated {
        final Map<NodeId, NodeId> dateOf = new HashMap<>();
        final Map<NodeId, Integer> papersOn = new HashMap<>();

        void add(Tuple<NodeId> q) {
            // a paper in two graphs is one SPARQL row (the union graph holds its triple once)
            if (dateOf.putIfAbsent(q.get(EntityRankings.SUBJECT), q.get(EntityRankings.OBJECT)) == null) {
                papersOn.merge(q.get(EntityRankings.OBJECT), 1, Integer::sum);
            }
        }
    }

    private static List<RankedPaper> ranked(Dated dated, NodeTable nodes, int n) {
        Map<NodeId, NodeId> dateOf = dated.dateOf;
        Map<NodeId, Integer> papersOn = dated.papersOn;
        if (dateOf.isEmpty()) return List.of();
        List<Map.Entry<NodeId, Node>> dates = new ArrayList<>();
        for (NodeId d : papersOn.keySet()) dates.add(Map.entry(d, NodeId.isInline(d) ? NodeIdInline.extract(d) : nodes.getNodeForNodeId(d)));
        dates.sort((a, b) -> NEWEST_FIRST.compare(BindingFactory.binding(DATE, a.getValue()), BindingFactory.binding(DATE, b.getValue())));
        // the dates the first n papers fall on, in order; the papers of the last one may not all place
        Map<NodeId, Integer> placeOfDate = new HashMap<>();
        int covered = 0;
        for (Map.Entry<NodeId, Node> d : dates) {
            if (covered >= n) break;
            placeOfDate.put(d.getKey(), placeOfDate.size());
            covered += papersOn.get(d.getKey());
        }
        record Placing(String iri, int datePlace) {
        }
        List<Placing> placing = new ArrayList<>();
        dateOf.forEach((paper, date) -> {
            Integer place = placeOfDate.get(date);
            if (place == null) return;
            Node iri = nodes.getNodeForNodeId(paper);
            if (iri.isURI()) placing.add(new Placing(iri.getURI(), place));
        });
        placing.sort(Comparator.comparingInt(Placing::datePlace).thenComparing(Placing::iri));
        List<RankedPaper> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, placing.size()); i++) out.add(new RankedPaper(placing.get(i).iri(), i + 1));
        return out;
    }
}
