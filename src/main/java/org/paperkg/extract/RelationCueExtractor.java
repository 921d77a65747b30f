package org.paperkg.extract;

public final class RelationCueExtractor implements Extractor {
    public String name() { return "relation-cue"; }
    public void extract(Doc doc, Findings findings) { }
}
