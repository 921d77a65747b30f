package org.paperkg.cli;

import java.util.concurrent.Callable;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints counts: papers, entities per type, results, named graphs, quads.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KgStore kg = store.openExisting()) {
            kg.stats().forEach((k, v) -> System.out.printf("%-22s %d%n", k, v));
        }
        return 0;
    }
}
