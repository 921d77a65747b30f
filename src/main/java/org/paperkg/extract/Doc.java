package org.paperkg.extract;

import java.util.List;
import java.util.Objects;
import org.paperkg.corpus.PaperRecord;

/**
 * What extractors read: a record with its cleaned title and abstract. Every offset a finding carries points into
 * {@link #title()} or {@link #text()} exactly as held here, which is also what the graph stores as dcterms:title and
 * dcterms:abstract.
 *
 * <p>Analyses several extractors need (sentence spans, tokens) are made once per document, on first request, and shared, the
 * way CoreNLP annotators share annotations: splitting the same abstract again in every extractor was a tenth of the
 * extraction time. A document is extracted on one thread; if two threads ever ask at once, both compute the same
 * immutable value.
 */
public final class Doc {
    private final PaperRecord record;
    private final String title;
    private final String text;
    private List<Sentences.Span> titleSentences;
    private List<Sentences.Span> textSentences;
    private List<TextTokens.Tok> titleTokens;
    private List<TextTokens.Tok> textTokens;

    /**
     * @param record the record as read
     * @param title  cleaned title, or null when the record has none
     * @param text   cleaned abstract
     */
    public Doc(PaperRecord record, String title, String text) {
        this.record = record;
        this.title = title;
        this.text = text;
    }

    public PaperRecord record() {
        return record;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public String textOf(TextField field) {
        return field == TextField.TITLE ? (title == null ? "" : title) : text;
    }

    /** Sentence spans of a field's text ({@link Sentences#split}), split once per document. */
    public List<Sentences.Span> sentences(TextField field) {
        if (field == TextField.TITLE) {
            List<Sentences.Span> s = titleSentences;
            if (s == null) titleSentences = s = List.copyOf(Sentences.split(textOf(field)));
            return s;
        }
        List<Sentences.Span> s = textSentences;
        if (s == null) textSentences = s = List.copyOf(Sentences.split(textOf(field)));
        return s;
    }

    /** The {@link TextTokens} of a field's whole text, tokenised once per document. */
    List<TextTokens.Tok> tokens(TextField field) {
        String t = textOf(field);
        if (t == null) return List.of();
        if (field == TextField.TITLE) {
            List<TextTokens.Tok> s = titleTokens;
            if (s == null) titleTokens = s = List.copyOf(TextTokens.tokenize(t, 0, t.length()));
            return s;
        }
        List<TextTokens.Tok> s = textTokens;
        if (s == null) textTokens = s = List.copyOf(TextTokens.tokenize(t, 0, t.length()));
        return s;
    }

    /** The tokens of {@code textOf(field)[from, to)}, as {@link TextTokens#tokenize} gives them. */
    List<TextTokens.Tok> tokens(TextField field, int from, int to) {
        return TextTokens.slice(tokens(field), textOf(field), from, to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Doc d && Objects.equals(record, d.record) && Objects.equals(title, d.title)
                && Objects.equals(text, d.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, title, text);
    }

    @Override
    public String toString() {
        return "Doc[record=" + record + ", title=" + title + ", text=" + text + "]";
    }
}
