package org.paperkg.extract;

public final class NumericResultExtractor implements Extractor {
    public String name() { return "numeric-result"; }
    public void extract(Doc doc, Findings findings) { }
}
