package org.paperkg.corpus;

/**
 * Where readers send what they read: good records to {@link #accept}, bad ones to {@link #skipped}.
 * A reader reports a bad record and carries on with the next one; one broken record never sinks a file.
 */
public interface RecordSink {
    void accept(PaperRecord record);

    void skipped(SkippedRecord skipped);
}
