package org.paperkg.cli;

import org.paperkg.build.GraphBuilder;
import org.paperkg.build.Pipelines;
import picocli.CommandLine.Option;

/** How a build writes the store (records per transaction, bulk loading): for the commands that build (build, serve). */
final class CommitOption {
    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + Pipelines.DEFAULT_BATCH_RECORDS,
            description = "Records per store transaction: a killed build keeps every committed batch and loses the one "
                    + "in flight. Fewer, larger transactions load faster and leave a smaller store. Default: ${DEFAULT-VALUE}")
    int commitEvery;

    @Option(names = "--bulk-load", paramLabel = "N",
            description = "Into an empty store, load up to the first N records in bulk: the indexes are written once, "
                    + "sorted, when those records are in (much faster for a large first build; a build stopped before "
                    + "then leaves an empty store), then go on committing every --commit-every records. 0: never. "
                    + "Default: all records (a corpus whose entities outgrow the heap ends the bulk load early).")
    Long bulkLoad;

    /** Applies the options to a builder. */
    GraphBuilder apply(GraphBuilder builder) {
        if (bulkLoad != null) {
            if (bulkLoad < 0) throw new UserException("--bulk-load must be 0 or more");
            builder.bulkLoad(bulkLoad);
        }
        return builder;
    }

    int records() {
        if (commitEvery < 1) throw new UserException("--commit-every must be at least 1");
        return commitEvery;
    }
}
