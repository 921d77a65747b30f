package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative claim, e.g. "8.3x faster than a Titan X GPU".
 *
 * @param metric     lower-case phrase: "speedup", "energy efficiency", "accuracy", ...
 * @param value      the value as written with LaTeX removed: "8.3x", "64.8%", "1.5~5.3x", "249,960 tokens/s"
 * @param number     first numeric value (ranges give their lower bound)
 * @param unit       "x", "%", "ms", "tokens/s", ... or null
 * @param baseline   the named comparison as written ("Titan X GPU"), or null
 * @param baselineEntity the mention the baseline resolves to, or null
 * @param field      title or abstract
 * @param start      start offset of the value in that field's cleaned text
 * @param end        end offset (exclusive) of the value
 * @param extractor  name of the extractor that found it
 * @param confidence in [0, 1]
 */
public record ResultFinding(String metric, String value, BigDecimal number, String unit, String baseline,
                            Mention baselineEntity, TextField field, int start, int end,
                            String extractor, double confidence) {
    public ResultFinding {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(extractor, "extractor");
    }
}
