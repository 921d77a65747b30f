package org.paperkg.cli;

import org.paperkg.build.Pipelines;
import picocli.CommandLine.Option;

/** How many records go into one store transaction: for the commands that write a store (build, serve). */
final class CommitOption {
    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + Pipelines.DEFAULT_BATCH_RECORDS,
            description = "Records per store transaction: a killed build keeps every committed batch and loses the one "
                    + "in flight. Fewer, larger transactions load faster and leave a smaller store. Default: ${DEFAULT-VALUE}")
    int commitEvery;

    int records() {
        if (commitEvery < 1) throw new UserException("--commit-every must be at least 1");
        return commitEvery;
    }
}
