package org.paperkg.eval.external;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an external corpus's labels meet ours: which gold labels become which of our types, which of our predicted
 * types are scored as which type, which types make up the overall figure and which are only indicative.
 * Gold labels not in {@code gold} are ignored; predictions of types not in {@code predicted} are dropped before
 * scoring (the corpus has no such type, so they can be neither right nor wrong there).
 *
 * @param corpus     name shown in the report
 * @param gold       corpus label → our type
 * @param predicted  our type → the type it is scored as
 * @param scored     types summed into the overall "entities" row
 * @param indicative types reported on their own rows only, because the mapping is too loose to count
 */
public record TypeMapping(String corpus, Map<String, String> gold, Map<String, String> predicted, List<String> scored,
                          List<String> indicative) {

    /**
     * GSAP-NER: named models and architectures are our Model; Dataset, Method and Task keep their names.
     * DatasetGeneric and MLModelGeneric ("our model", "a large corpus") are generic mentions, which our guidelines
     * never count as entities; ReferenceLink, URL and Datasource (citations, links, data sources such as Wikipedia)
     * have no counterpart. Our Hardware and ModelClass predictions have no gold type here and are not scored.
     */
    public static final TypeMapping GSAP_NER = new TypeMapping("GSAP-NER",
            ordered("MLModel", "Model", "ModelArchitecture", "Model", "Dataset", "Dataset", "Method", "Method", "Task", "Task"),
            ordered("Method", "Method", "Model", "Model", "Dataset", "Dataset", "Task", "Task"),
            List.of("Method", "Model", "Dataset", "Task"), List.of());

    /**
     * SciERC: Method and Task keep their names; SciERC has no model type (models are Methods there), so our Model
     * predictions are scored as Method. Material covers every kind of data and resource, not only named datasets, so
     * Material → Dataset is reported as an indicative row outside the overall figure. Metric, OtherScientificTerm and
     * Generic are ignored, as are our Hardware and ModelClass predictions.
     */
    public static final TypeMapping SCIERC = new TypeMapping("SciERC",
            ordered("Method", "Method", "Task", "Task", "Material", "Dataset"),
            ordered("Method", "Method", "Model", "Method", "Task", "Task", "Dataset", "Dataset"),
            List.of("Method", "Task"), List.of("Dataset"));

    public TypeMapping {
        gold = Map.copyOf(gold);
        predicted = Map.copyOf(predicted);
        scored = List.copyOf(scored);
        indicative = List.copyOf(indicative);
    }

    /** Our type for a gold label, or null when the label is ignored. */
    public String goldType(String label) {
        return gold.get(label);
    }

    /** The type a prediction of our type is scored as, or null when it is not scored on this corpus. */
    public String predictedType(String ourType) {
        return predicted.get(ourType);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
