package org.paperkg.eval.external;

import java.util.List;

/**
 * One abstract of an external gold corpus with its mentions, offsets pointing into {@code text}.
 *
 * @param id       the corpus's record id
 * @param line     1-based line of the corpus file the record was read from, for messages
 * @param text     the abstract as the pipeline reads it
 * @param mentions gold mentions in the corpus's label scheme
 */
public record AnnotatedAbstract(String id, long line, String text, List<SpanMention> mentions) {
    public AnnotatedAbstract {
        mentions = List.copyOf(mentions);
    }
}
