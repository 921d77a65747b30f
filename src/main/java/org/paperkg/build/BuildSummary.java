package org.paperkg.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperkg.corpus.SkippedRecord;

/** What a build did, for the one-line summary and for tests. Filled by one thread. */
public final class BuildSummary {
    long recordsRead;
    long papersAdded;
    long papersAlreadyPresent;
    long duplicateRecords;
    long quadsWritten;
    long entities;
    long millis;
    final List<SkippedRecord> skipped = new ArrayList<>();

    public long recordsRead() {
        return recordsRead;
    }

    public long papersAdded() {
        return papersAdded;
    }

    public long papersAlreadyPresent() {
        return papersAlreadyPresent;
    }

    /** Records that were the same paper as an earlier record of this run (merged into it). */
    public long duplicateRecords() {
        return duplicateRecords;
    }

    public long quadsWritten() {
        return quadsWritten;
    }

    public long entities() {
        return entities;
    }

    public List<SkippedRecord> skipped() {
        return skipped;
    }

    /** Skip reasons with how often each occurred. */
    public Map<String, Integer> skipReasons() {
        Map<String, Integer> m = new TreeMap<>();
        skipped.forEach(s -> m.merge(s.reason(), 1, Integer::sum));
        return m;
    }

    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("read %d records, skipped %d", recordsRead, skipped.size()));
        if (!skipped.isEmpty()) sb.append(" ").append(skipReasons());
        sb.append(String.format("; papers: %d added, %d already present, %d duplicate records merged; %d entities; %d quads written; %.1f s",
                papersAdded, papersAlreadyPresent, duplicateRecords, entities, quadsWritten, millis / 1000.0));
        return sb.toString();
    }
}
