package org.paperkg.extract;

import java.util.Set;

/**
 * Whether an abstract speaks of hardware (accelerator, FPGA, chip, ...: {@code ontology/patterns/hardware-context-words.tsv}).
 * It decides what an otherwise untyped name is: a proposed artifact with no head noun, or a name before
 * "architecture", is Hardware in such an abstract and a Model elsewhere.
 */
final class HardwareContext {
    static final Set<String> WORDS = Set.copyOf(PatternData.words("hardware-context-words.tsv"));

    private HardwareContext() {
    }

    /** Does the title or abstract hold one of the words, as a word token of the document's shared tokenisation? */
    static boolean in(Doc doc) {
        for (TextField f : TextField.values()) {
            for (TextTokens.Tok t : doc.tokens(f)) if (t.word() && WORDS.contains(t.lower())) return true;
        }
        return false;
    }
}
