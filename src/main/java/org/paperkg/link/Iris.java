package org.paperkg.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.extract.EntityType;
import org.paperkg.rdf.KG;

/**
 * Mints the graph's IRIs. Every IRI is a function of the data alone (never of run order, time or machine), so the
 * same inputs always give the same graph. Path segments made from text are percent-encoded, so any label gives a
 * valid IRI.
 */
public final class Iris {
    private static final Pattern ARXIV_VERSION = Pattern.compile("v\\d+$");

    private static final String ENTITY_BASE = KG.BASE + "entity/";

    private Iris() {
    }

    /** "arxiv/2401.01234" from an arXiv id, else "h/" + 16 hex digits of a hash of the normalised abstract. */
    public static String paperKey(PaperRecord r) {
        if (r.arxivId() != null && !r.arxivId().isBlank()) {
            return "arxiv/" + segment(ARXIV_VERSION.matcher(r.arxivId().trim()).replaceFirst(""));
        }
        // The abstract, not the title: the Abstract-lines format has no title, and the same paper read from it and
        // from a page dump must be one paper.
        return "h/" + sha256Hex(NameKey.of(r.abstractText())).substring(0, 16);
    }

    public static String paper(String paperKey) {
        return KG.BASE + "paper/" + paperKey;
    }

    public static String paperGraph(String paperKey) {
        return KG.BASE + "graph/paper/" + paperKey;
    }

    public static String entity(EntityType type, String canonicalName) {
        String key = NameKey.of(canonicalName);
        if (key.isEmpty()) key = "h" + sha256Hex(canonicalName).substring(0, 12);
        return ENTITY_BASE + type.slug() + "/" + segment(key);
    }

    /** The type an entity IRI was minted for (its path segment before the name: ".../entity/model/resnet50"). */
    public static java.util.Optional<EntityType> entityType(String entityIri) {
        if (!entityIri.startsWith(ENTITY_BASE)) return java.util.Optional.empty();
        int slash = entityIri.indexOf('/', ENTITY_BASE.length());
        if (slash < 0) return java.util.Optional.empty();
        return EntityType.parse(entityIri.substring(ENTITY_BASE.length(), slash));
    }

    /**
     * A co-occurrence of two entities, from their type and key in the order given:
     * ".../cooccurrence/method/finetuning/modelclass/largelanguagemodels".
     */
    public static String cooccurrence(String firstEntityIri, String secondEntityIri) {
        return KG.BASE + "cooccurrence/" + entityTail(firstEntityIri) + "/" + entityTail(secondEntityIri);
    }

    /**
     * A model and a dataset that papers pair, from their type and key:
     * ".../modelondataset/model/resnet50/dataset/imagenet".
     */
    public static String modelOnDataset(String modelIri, String datasetIri) {
        return KG.BASE + "modelondataset/" + entityTail(modelIri) + "/" + entityTail(datasetIri);
    }

    /** "method/finetuning" of ".../entity/method/finetuning"; any other IRI as one encoded segment. */
    private static String entityTail(String iri) {
        return iri.startsWith(ENTITY_BASE) ? iri.substring(ENTITY_BASE.length()) : segment(iri);
    }

    /** The normalised name an entity IRI was minted from (its last path segment, decoded). */
    public static String entityKey(String entityIri) {
        String seg = entityIri.substring(entityIri.lastIndexOf('/') + 1);
        return java.net.URLDecoder.decode(seg, StandardCharsets.UTF_8);
    }

    /** A record of a corpus file: file name, record id and line, so that one id twice in a file is two records. */
    public static String sourceRecord(PaperRecord r) {
        return KG.BASE + "source/" + segment(r.source()) + "/" + segment(r.recordId()) + "/L" + r.line();
    }

    public static String extractor(String name) {
        return KG.BASE + "extractor/" + segment(name);
    }

    /** Percent-encodes everything but unreserved characters, so the result is safe in any IRI path segment. */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
