package org.paperkg.build;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * What a long build tells its user while it runs: records done, rate and, when the input size is known, an ETA.
 * {@link #NONE} is silent; {@link #onTerminal} draws one line rewritten in place (carriage return), at most a few
 * times a second, and only when stderr is a terminal, so logs and pipes never fill with progress lines.
 */
public class BuildProgress {
    /** Reports nothing. */
    public static final BuildProgress NONE = new BuildProgress(null, 0, System::nanoTime);

    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final PrintStream out;
    private volatile long expectedRecords;
    private final LongSupplier clock;
    private final long startNanos;
    private long lastDrawNanos;
    private boolean drawn;

    /**
     * @param out             where the line goes (null: nowhere)
     * @param expectedRecords the number of records expected, or 0 when unknown (no ETA then)
     * @param clock           nanosecond clock (tests pass a fake one)
     */
    public BuildProgress(PrintStream out, long expectedRecords, LongSupplier clock) {
        this.out = out;
        this.expectedRecords = expectedRecords;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    /** Progress on stderr when it is a terminal, else {@link #NONE}. */
    public static BuildProgress onTerminal(long expectedRecords) {
        return System.console() != null ? new BuildProgress(System.err, expectedRecords, System::nanoTime) : NONE;
    }

    /** Sets the expected number of records once known (e.g. counted by a background thread); enables the ETA. */
    public void expect(long records) {
        this.expectedRecords = records;
    }

    /** Called after each record; draws at most every quarter second. */
    void record(long done) {
        if (out == null) return;
        long now = clock.getAsLong();
        if (now - lastDrawNanos < MIN_INTERVAL_NANOS) return;
        lastDrawNanos = now;
        out.print("\r" + line(done, now - startNanos) + "\u001b[K");
        out.flush();
        drawn = true;
    }

    /** Called when the records are done and the entities graph is being written. */
    void writing() {
        if (out == null || !drawn) return;
        out.print("\r\u001b[Kwriting entities and indexes...");
        out.flush();
    }

    /** Clears the line so the summary starts on a clean one. */
    void done() {
        if (out == null || !drawn) return;
        out.print("\r\u001b[K");
        out.flush();
    }

    /** "12000 records, 2400/s, ETA 0:41" (the ETA only with a known total). */
    String line(long done, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
        double rate = done / seconds;
        long expected = expectedRecords;
        StringBuilder sb = new StringBuilder();
        sb.append(done);
        if (expected >= done) sb.append('/').append(expected);
        sb.append(" records, ").append(Math.round(rate)).append("/s");
        if (expected >= done && rate > 0) {
            long eta = Math.round((expected - done) / rate);
            sb.append(String.format(", ETA %d:%02d", eta / 60, eta % 60));
        }
        return sb.toString();
    }
}
