package org.paperkg.extract;

/**
 * One step of extraction: reads a document (and what earlier steps found) and adds findings.
 * Implementations are small, independent and stateless across documents, so one instance serves many threads.
 */
public interface Extractor {
    /** Stable name recorded as provenance of every finding ("vocabulary", "proposal", "numeric-result", ...). */
    String name();

    void extract(Doc doc, Findings findings);
}
