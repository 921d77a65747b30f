package org.paperkg.build;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.link.LinkedPaper;
import org.paperkg.rdf.PaperQuads;

/**
 * A linked paper and, when it was extracted, its graph's quads, made on the extraction worker. The writing thread
 * sets the pace of a build (it alone may write the store), so turning a paper into quads there, about 9% of its
 * time, kept both cores from being busy; on a worker it runs beside the writes. A paper the store already holds
 * (not extracted again) has no quads: only its source record is written.
 */
record PreparedPaper(LinkedPaper paper, List<Quad> quads) {

    /** Makes the quads of an extracted paper (what {@link PaperQuads#write} sends, in the same order). */
    static PreparedPaper extracted(LinkedPaper paper) {
        List<Quad> quads = new ArrayList<>(256);
        PaperQuads.write(paper, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return new PreparedPaper(paper, quads);
    }

    /** A paper the store already holds: only its source record will be written. */
    static PreparedPaper stored(LinkedPaper paper) {
        return new PreparedPaper(paper, null);
    }

    /**
     * Sends the paper's quads to {@code out}. A stored paper's are made here, as before: the writer only gets here for
     * it if the store lost the paper since the worker looked, which no build does (papers are only ever added).
     */
    void writeTo(StreamRDF out) {
        if (quads == null) {
            PaperQuads.write(paper, out);
            return;
        }
        for (Quad q : quads) out.quad(q);
    }
}
