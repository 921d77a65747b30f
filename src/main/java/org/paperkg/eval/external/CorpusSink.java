package org.paperkg.eval.external;

/** Receives the records of an external corpus as they are read, and the records that could not be read. */
public interface CorpusSink {
    void accept(AnnotatedAbstract record);

    /** A record that was skipped; {@code where} is "file:line (record id)" and {@code reason} says what is wrong. */
    void skipped(String where, String reason);
}
