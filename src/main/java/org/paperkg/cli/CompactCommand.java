package org.paperkg.cli;

import java.util.concurrent.Callable;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Gives back the disk space that builds into an existing store leave behind: TDB2 keeps the "
                + "index blocks each commit replaced, so a store grows with every incremental build. Copies the live "
                + "data into new files and deletes the old ones; the graph is unchanged.",
                "Needs free disk about the size of the compacted store, and the store not open in another process "
                + "(stop the server first)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KgStore kg = store.openExisting()) {
            KgStore.Compaction c = kg.compact();
            System.out.printf("paperkg compact: %s: %,d MB before, %,d MB after; %.1f s%n", store.db,
                    c.bytesBefore() >> 20, c.bytesAfter() >> 20, c.millis() / 1000.0);
        }
        return 0;
    }
}
