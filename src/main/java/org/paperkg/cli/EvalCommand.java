package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.build.Pipelines;
import org.paperkg.eval.EvalReport;
import org.paperkg.eval.GoldEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against a gold file (the format and rules of the gold GUIDELINES.md): "
                + "precision, recall and F1 per entity type, proposed artifacts, relations and results.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON Lines file.")
    Path gold;
    @Mixin
    InputOptions inputs;
    @Option(names = "--verbose", description = "Also list misses and false hits per record.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) throw new UserException("gold file not found: " + gold);
        EvalReport report = GoldEvaluation.run(Pipelines.standardBuilder(inputs.minConfidence), gold, inputs.resolved());
        System.out.print(report.table());
        if (verbose) System.out.print(report.verbose());
        return 0;
    }
}
