package org.paperkg.cli;

import java.util.concurrent.Callable;
import org.paperkg.build.BuildProgress;
import org.paperkg.build.BuildSummary;
import org.paperkg.build.ExtractionCompilePolicy;
import org.paperkg.build.RecordEstimate;
import org.paperkg.build.Pipelines;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads corpora, extracts, and loads the knowledge graph into a TDB2 store.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Mixin
    InputOptions inputs;
    @Mixin
    CommitOption commit;
    @Option(names = "--rebuild", description = "Empty the store first and extract everything again.")
    boolean rebuild;

    @Override
    public Integer call() {
        Pipelines.prepare(); // the vocabulary loads while the store opens
        try (KgStore kg = store.openOrCreate()) {
            return build(kg, inputs, commit, rebuild);
        }
    }

    /** Shared with serve: builds and prints the summary; non-zero when nothing usable was read. */
    static int build(KgStore kg, InputOptions inputs, CommitOption commit, boolean rebuild) {
        if (rebuild) kg.clear();
        var files = inputs.resolved();
        ExtractionCompilePolicy.applyFor(files);
        BuildProgress progress = BuildProgress.onTerminal(0);
        RecordEstimate.startCounting(files, progress);
        BuildSummary s = commit.apply(Pipelines.standardBuilder(inputs.minConfidence, commit.records()))
                .onSkip(skip -> System.err.println(skip.message()))
                .progress(progress)
                .buildInto(kg, files);
        System.err.println("paperkg build: " + s.oneLine());
        return s.recordsRead() == 0 ? 1 : 0;
    }
}
