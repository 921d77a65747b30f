package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** What "a valid IRI" and "a valid RDF literal" mean here, checked with Jena's own parsers and checkers. */
final class RdfValidity {
    private RdfValidity() {
    }

    /** RFC 3987 and absolute, per Jena's IRIx; and no character N-Triples would have to escape or reject. */
    static void assertValidIri(String iri) {
        IRIx x = assertDoesNotThrow(() -> IRIx.create(iri), iri);
        assertTrue(!x.isRelative(), "has a scheme: " + iri);
        assertTrue(IRIs.check(iri), "IRIs.check: " + iri);
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            assertFalse(c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0 || Character.isISOControl(c),
                    "character U+" + Integer.toHexString(c) + " in IRI " + iri);
        }
        // And it round-trips through a strict N-Triples parser.
        assertDoesNotThrow(() -> RDFParser.fromString("<" + iri + "> <http://example.org/p> <http://example.org/o> .").lang(Lang.NTRIPLES)
                .strict(true).checking(true).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(GraphFactory.createDefaultGraph()), iri);
    }

    /** A string literal's lexical form must be Unicode scalar values only (no unpaired surrogates) and no NUL. */
    static void assertValidLexicalForm(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(c == 0, "NUL in literal");
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "unpaired high surrogate at " + i);
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "unpaired low surrogate at " + i);
            }
        }
    }
}
