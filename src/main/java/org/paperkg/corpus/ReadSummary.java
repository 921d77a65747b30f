package org.paperkg.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link RecordSink} that counts what passes through it and keeps the skips (the first {@link #MAX_KEPT}
 * of them, so a huge file full of bad lines cannot exhaust memory), optionally forwarding everything to
 * another sink.
 */
public final class ReadSummary implements RecordSink {

    public static final int MAX_KEPT = 10_000;

    private final RecordSink delegate;
    private long records;
    private long skippedCount;
    private final List<SkippedRecord> skipped = new ArrayList<>();

    /** Counts only. */
    public ReadSummary() {
        this(null);
    }

    /** Counts and forwards to {@code delegate} (may be null). */
    public ReadSummary(RecordSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void accept(PaperRecord record) {
        records++;
        if (delegate != null) delegate.accept(record);
    }

    @Override
    public void skipped(SkippedRecord s) {
        skippedCount++;
        if (skipped.size() < MAX_KEPT) skipped.add(s);
        if (delegate != null) delegate.skipped(s);
    }

    public long records() {
        return records;
    }

    public long skippedCount() {
        return skippedCount;
    }

    /** The skips kept, in order (at most {@link #MAX_KEPT}). */
    public List<SkippedRecord> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    /** "N records read, M skipped" plus one line per kept skip. */
    public String report() {
        StringBuilder sb = new StringBuilder().append(records).append(" records read, ")
                .append(skippedCount).append(" skipped");
        for (SkippedRecord s : skipped) sb.append('\n').append("  ").append(s.message());
        if (skippedCount > skipped.size()) sb.append("\n  … ").append(skippedCount - skipped.size()).append(" more");
        return sb.toString();
    }

    /** Collects everything in memory: for tests and small inputs only. */
    public static final class Collecting implements RecordSink {
        public final List<PaperRecord> records = new ArrayList<>();
        public final List<SkippedRecord> skipped = new ArrayList<>();

        @Override
        public void accept(PaperRecord record) {
            records.add(record);
        }

        @Override
        public void skipped(SkippedRecord s) {
            skipped.add(s);
        }
    }
}
