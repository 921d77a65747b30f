package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paperkg.text.TextCleaner;

/** What fuzzing found in the text clean-up, kept as regression tests. */
class TextCleanerFindingsTest {

    /**
     * Found by Jazzer (FuzzTargetsITInputs/cleanAndMint/crash-b86f18…): {@code "50%{m on} an FPGA"} cleans to
     * {@code "50%m on an FPGA"} (the braces are unwrapped after the LaTeX-comment rule ran), and cleaning that again
     * treats {@code %m on an FPGA} as a LaTeX comment and drops the rest of the line. Stored text is cleaned once, so
     * the graph is not wrong today, but any second pass (re-cleaning stored text, an export/import) would lose text.
     */
    @Test
    void cleaningTwiceChangesNothing() {
        String once = TextCleaner.clean("Speedup of 50%{m on} an FPGA with 3.2$\\times$ speedup.");
        assertEquals(once, TextCleaner.clean(once));
    }
}
