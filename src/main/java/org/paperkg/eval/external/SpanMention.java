package org.paperkg.eval.external;

/**
 * One gold mention of an external corpus, in that corpus's own label scheme.
 *
 * @param start   first character of the mention in the abstract text
 * @param end     one past its last character
 * @param label   the corpus's label ("MLModel", "Material", ...)
 * @param text    the mention as written ({@code text.substring(start, end)})
 * @param cluster the corpus's coreference cluster the mention belongs to, or -1 when it has none
 */
public record SpanMention(int start, int end, String label, String text, int cluster) {
    public static final int NO_CLUSTER = -1;
}
