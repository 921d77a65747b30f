package org.paperkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.extract.Mention;
import org.paperkg.extract.ResultFinding;
import org.paperkg.extract.TextField;
import org.paperkg.link.EntityRegistry;
import org.paperkg.link.Iris;
import org.paperkg.link.LinkedPaper;
import org.paperkg.link.LinkedPaper.EntityRef;
import org.paperkg.link.LinkedPaper.LinkedMention;
import org.paperkg.link.LinkedPaper.LinkedRelation;
import org.paperkg.link.LinkedPaper.LinkedResult;

/**
 * Writes one paper as quads in its own named graph: metadata, the source record it was read from, what it
 * mentions, proposes and relates to, its results, and a W3C Web Annotation for every mention and result (the exact
 * text, its character offsets in the stored title or abstract, the extractor and a confidence).
 *
 * <p>Annotation layout (IRIs under the paper's IRI, so they are stable and never blank nodes):
 * <pre>
 * &lt;ann&gt; a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody &lt;entity or result&gt; ;
 *       kg:confidence 0.9 ; kg:extractedBy &lt;extractor&gt; ; oa:hasTarget &lt;ann/target&gt; ;
 *       kg:resolvedName "knowledge distillation" .   # only when the exact text is an acronym or a fragment
 * &lt;ann/target&gt; oa:hasSource &lt;paper&gt; ; oa:hasSelector &lt;ann/selector&gt; .
 * &lt;ann/selector&gt; a oa:TextPositionSelector, oa:TextQuoteSelector ; kg:textField "abstract" ;
 *       oa:start 10 ; oa:end 19 ; oa:exact "ResNet-50" .
 * </pre>
 * The paper an annotation is about is its target's oa:hasSource: builds before 2026-12-01 also wrote it as
 * kg:annotates, one quad in fifteen of every mention, for nothing a query could not reach through the target.
 */
public final class PaperQuads {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");

    private PaperQuads() {
    }

    /**
     * Writes only that the paper was also read from this record's source: for a paper met again (a duplicate record,
     * or a paper already in the store). Its title, abstract and findings stay those of the first reading, so a
     * repeated id with different text can never give a paper two abstracts.
     */
    public static void writeSource(LinkedPaper p, StreamRDF out) {
        Node g = uri(p.graph());
        PaperRecord r = p.doc().record();
        Node src = uri(Iris.sourceRecord(r));
        out.quad(q(g, uri(p.iri()), KG.source, src));
        out.quad(q(g, src, KG.type, KG.SourceRecord));
        out.quad(q(g, src, KG.sourceFile, str(r.source())));
        out.quad(q(g, src, KG.recordId, str(r.recordId())));
        out.quad(q(g, src, KG.sourceLine, integer(r.line())));
    }

    /** Writes the paper's metadata and its source record. */
    private static void writeMetadata(LinkedPaper p, StreamRDF out) {
        Node g = uri(p.graph());
        Node paper = uri(p.iri());
        PaperRecord r = p.doc().record();
        out.quad(q(g, paper, KG.type, KG.Paper));
        if (p.doc().title() != null && !p.doc().title().isEmpty()) out.quad(q(g, paper, KG.title, str(p.doc().title())));
        out.quad(q(g, paper, KG.abstract_, str(p.doc().text())));
        if (r.date() != null) {
            if (ISO_DATE.matcher(r.date()).matches()) {
                out.quad(q(g, paper, KG.date, NodeFactory.createLiteralDT(r.date(), XSDDatatype.XSDdate)));
            } else if (MONTH_DAY.matcher(r.date()).matches()) {
                out.quad(q(g, paper, KG.date, NodeFactory.createLiteralDT(r.date(), XSDDatatype.XSDgMonthDay)));
            }
        }
        if (r.authorCount() != null) out.quad(q(g, paper, KG.authorCount, integer(r.authorCount())));
        if (r.upvotes() != null) out.quad(q(g, paper, KG.upvotes, integer(r.upvotes())));
        if (r.arxivId() != null) out.quad(q(g, paper, KG.arxivId, str(r.arxivId())));
        for (String c : r.categories()) out.quad(q(g, paper, KG.category, str(c)));
        for (String a : r.authors()) out.quad(q(g, paper, KG.creator, str(a)));

        writeSource(p, out);
    }

    /** Writes everything about the paper. */
    public static void write(LinkedPaper p, StreamRDF out) {
        writeMetadata(p, out);
        Node g = uri(p.graph());
        Node paper = uri(p.iri());

        // kg:mentions once per entity, however often the text names it
        for (EntityRef e : p.mentionedEntities()) out.quad(q(g, paper, KG.mentions, entity(e)));
        for (LinkedMention lm : p.mentions()) {
            Node entity = entity(lm.entity());
            Mention m = lm.mention();
            String local = "mention/" + fieldCode(m.field()) + m.start() + "-" + m.end() + "-" + lm.entity().type().slug();
            annotate(out, g, p, local, entity, KG.identifying, m.field(), m.start(), m.end(), m.text(), m.extractor(),
                    m.confidence());
            String name = EntityRegistry.labelCandidate(m);
            // Only where the text alone does not say it ("KD" for knowledge distillation, "34" for ResNet-34).
            if (!name.equals(m.text())) out.quad(q(g, uri(p.iri() + "/" + local), KG.resolvedName, str(name)));
        }
        for (EntityRef e : p.proposes()) {
            Node entity = entity(e);
            out.quad(q(g, paper, KG.proposes, entity));
        }
        for (LinkedRelation rel : p.relations()) {
            Node entity = entity(rel.object());
            out.quad(q(g, paper, KG.property(rel.relation()), entity));
        }
        int i = 0;
        for (LinkedResult lr : p.results()) {
            ResultFinding rf = lr.result();
            String local = "result/" + fieldCode(rf.field()) + rf.start() + "-" + rf.end() + "-" + (i++);
            Node result = uri(p.iri() + "/" + local);
            out.quad(q(g, paper, KG.reportsResult, result));
            out.quad(q(g, result, KG.type, KG.Result));
            out.quad(q(g, result, KG.metric, str(rf.metric())));
            out.quad(q(g, result, KG.value, str(rf.value())));
            out.quad(q(g, result, KG.number, decimal(rf.number())));
            if (rf.unit() != null) out.quad(q(g, result, KG.unit, str(rf.unit())));
            if (lr.baseline() != null) {
                out.quad(q(g, result, KG.baseline, entity(lr.baseline())));
            } else if (rf.baseline() != null) {
                out.quad(q(g, result, KG.baseline, str(rf.baseline())));
            }
            annotate(out, g, p, local + "/annotation", result, KG.describing, rf.field(), rf.start(), rf.end(),
                    p.doc().textOf(rf.field()).substring(rf.start(), rf.end()), rf.extractor(), rf.confidence());
        }
    }

    /**
     * The entity's node. Its type is said once, in the entities graph (and in its IRI), not in every paper graph
     * that names it: a popular entity typed in thousands of graphs makes every union-graph type lookup read them all.
     */
    private static Node entity(EntityRef e) {
        return uri(e.iri());
    }

    private static void annotate(StreamRDF out, Node g, LinkedPaper p, String local, Node body, Node motivation,
                                 TextField field, int start, int end, String exact, String extractor, double conf) {
        Node paper = uri(p.iri());
        Node ann = uri(p.iri() + "/" + local);
        Node target = uri(p.iri() + "/" + local + "/target");
        Node selector = uri(p.iri() + "/" + local + "/selector");
        out.quad(q(g, ann, KG.type, KG.Annotation));
        out.quad(q(g, ann, KG.motivatedBy, motivation));
        out.quad(q(g, ann, KG.hasBody, body));
        out.quad(q(g, ann, KG.confidence, confidence(conf)));
        out.quad(q(g, ann, KG.extractedBy, uri(Iris.extractor(extractor))));
        out.quad(q(g, ann, KG.hasTarget, target));
        out.quad(q(g, target, KG.hasSource, paper));
        out.quad(q(g, target, KG.hasSelector, selector));
        out.quad(q(g, selector, KG.type, KG.TextPositionSelector));
        out.quad(q(g, selector, KG.type, KG.TextQuoteSelector));
        out.quad(q(g, selector, KG.textField, str(field.label())));
        out.quad(q(g, selector, KG.start, integer(start)));
        out.quad(q(g, selector, KG.end, integer(end)));
        out.quad(q(g, selector, KG.exact, str(exact)));
    }

    private static String fieldCode(TextField f) {
        return f == TextField.TITLE ? "t" : "a";
    }

    static org.apache.jena.sparql.core.Quad q(Node g, Node s, Node p, Node o) {
        return org.apache.jena.sparql.core.Quad.create(g, s, p, o);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        if (n >= 0 && n < SMALL_INTEGERS.length) return SMALL_INTEGERS[(int) n];
        return newInteger(n);
    }

    private static Node newInteger(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * The nodes of the character offsets every mention's selector states, and of the confidences (three places, so
     * 1,001 of them), made once: Jena parses a typed literal's lexical form when it makes the node, and doing that for
     * every annotation was a twentieth of the extraction workers' time. Nodes are immutable, so the threads share them.
     */
    private static final Node[] SMALL_INTEGERS = new Node[4096];
    private static final Node[] CONFIDENCES = new Node[1001];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) SMALL_INTEGERS[i] = newInteger(i);
        for (int i = 0; i < CONFIDENCES.length; i++) CONFIDENCES[i] = decimal(BigDecimal.valueOf(i, 3));
    }

    static Node decimal(BigDecimal d) {
        String lex = d.stripTrailingZeros().toPlainString();
        if (!lex.contains(".")) lex = lex + ".0";
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    /** Confidence rounded to three places, so the same finding always prints the same literal. */
    static Node confidence(double c) {
        BigDecimal rounded = BigDecimal.valueOf(c).setScale(3, RoundingMode.HALF_UP);
        long thousandths = rounded.unscaledValue().longValue();
        if (rounded.unscaledValue().bitLength() < 63 && thousandths >= 0 && thousandths < CONFIDENCES.length) {
            return CONFIDENCES[(int) thousandths];
        }
        return decimal(rounded);
    }
}
