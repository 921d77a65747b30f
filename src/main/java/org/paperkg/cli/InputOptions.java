package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Corpus inputs (files or folders; default {@code seeds/}) and the confidence threshold. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Corpus files or folders (read recursively, .gz transparently). Default: seeds/")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Drop findings whose confidence is below C (0..1). Default: ${DEFAULT-VALUE}")
    double minConfidence;

    List<Path> resolved() {
        List<Path> in = inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        for (Path p : in) {
            if (!Files.exists(p)) throw new UserException("input not found: " + p);
        }
        if (minConfidence < 0 || minConfidence > 1) throw new UserException("--min-confidence must be between 0 and 1");
        return in;
    }
}
