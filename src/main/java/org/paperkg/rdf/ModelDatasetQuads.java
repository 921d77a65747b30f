package org.paperkg.rdf;

import static org.paperkg.rdf.PaperQuads.integer;
import static org.paperkg.rdf.PaperQuads.q;
import static org.paperkg.rdf.PaperQuads.uri;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.link.Iris;

/**
 * Writes the model-datasets graph: for each model and dataset that papers pair (the paper uses the model and is
 * evaluated on the dataset) a kg:ModelOnDataset with the number of such papers and the same pair as a kg:evaluationDataset
 * of the model, and for each model the number of papers that pair it with any dataset (a paper with two datasets
 * counts once there, twice in the pairs).
 *
 * <pre>
 * &lt;…/modelondataset/model/resnet50/dataset/imagenet&gt; a kg:ModelOnDataset ;
 *     kg:model &lt;…/entity/model/resnet50&gt; ; kg:dataset &lt;…/entity/dataset/imagenet&gt; ; kg:jointPaperCount 12 .
 * &lt;…/entity/model/resnet50&gt; kg:evaluationDataset &lt;…/entity/dataset/imagenet&gt; ; kg:evaluatedPaperCount 31 .
 * </pre>
 */
public final class ModelDatasetQuads {
    private ModelDatasetQuads() {
    }

    /** A model and a dataset (IRIs) and the papers that use the one and are evaluated on the other. */
    public record Pair(String model, String dataset, int papers) {
    }

    /** A model (IRI) and the papers that use it and are evaluated on some dataset. */
    public record ModelPapers(String model, int papers) {
    }

    /** The counted pairs (in model, then dataset IRI order) and each model's papers (in IRI order). */
    public record Counts(List<Pair> pairs, List<ModelPapers> models) {
    }

    public static void write(Counts counts, StreamRDF out) {
        Node g = KG.MODEL_DATASETS_GRAPH;
        for (Pair p : counts.pairs()) {
            Node c = uri(Iris.modelOnDataset(p.model(), p.dataset()));
            out.quad(q(g, c, KG.type, KG.ModelOnDataset));
            out.quad(q(g, c, KG.model, uri(p.model())));
            out.quad(q(g, c, KG.dataset, uri(p.dataset())));
            out.quad(q(g, c, KG.jointPaperCount, integer(p.papers())));
            // the pair again as one triple: listing a model's datasets then reads one index range instead of
            // descending once per pair from its kg:model to its kg:dataset (16k descents, most of a listing's time)
            out.quad(q(g, uri(p.model()), KG.evaluationDataset, uri(p.dataset())));
        }
        for (ModelPapers m : counts.models()) out.quad(q(g, uri(m.model()), KG.evaluatedPaperCount, integer(m.papers())));
    }
}
