package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that work on a store. */
final class StoreOption {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    /** Opens an existing store; a directory that is not one is a user mistake. */
    KgStore openExisting() {
        if (!Files.isDirectory(db)) throw new UserException("no store at " + db + " (run 'paperkg build --db " + db + "' first)");
        return KgStore.open(db);
    }

    KgStore openOrCreate() {
        if (Files.exists(db) && !Files.isDirectory(db)) throw new UserException(db + " exists and is not a directory");
        return KgStore.open(db);
    }
}
