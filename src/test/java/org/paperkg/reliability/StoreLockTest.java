package org.paperkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

/**
 * Two processes on one store: the second is refused with one clear line and writes nothing; once the first is
 * gone (even killed) the store opens again. The "first process" is this JVM holding the store open, the second a
 * real child JVM running {@code paperkg build}, as a user's second terminal would.
 */
class StoreLockTest {
    @TempDir
    Path tmp;

    @Test
    void secondProcessIsRefusedWithAClearMessageAndWritesNothing() throws Exception {
        Path db = tmp.resolve("db");
        Path corpus = GeneratedCorpus.write(tmp.resolve("c.jsonl"), 5);
        Path log = tmp.resolve("child.log");
        try (KgStore held = KgStore.open(db)) {
            assertTrue(held.isEmpty());
            Process child = ChildJvm.paperkg(log, "build", "--db", db.toString(), corpus.toString());
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the refused build must end, not wait");
            String out = Files.readString(log);
            assertNotEquals(0, child.exitValue(), out);
            String line = out.lines().filter(l -> l.startsWith("paperkg build: error:")).findFirst().orElse("");
            assertTrue(line.contains("is in use by another paperkg process (PID " + ProcessHandle.current().pid() + ")"),
                    "one line naming the busy store and its owner, got:\n" + out);
            assertTrue(!out.contains("\tat "), "no stack trace:\n" + out);
            assertTrue(held.isEmpty(), "the refused build wrote nothing");
        }
        // Released: the same build now runs.
        Process again = ChildJvm.paperkg(log, "build", "--db", db.toString(), corpus.toString());
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(log));
        try (KgStore kg = KgStore.open(db)) {
            assertEquals(5L, kg.stats().get("papers"));
        }
    }

    /**
     * A command line's process leaves its store to the exit instead of releasing it (KgStore.leaveReleaseToProcessExit):
     * the next process, and this JVM, open it with everything the first one wrote.
     */
    @Test
    void aStoreLeftToTheProcessExitOpensAgainWithEverythingCommitted() throws Exception {
        Path db = tmp.resolve("db");
        Path corpus = GeneratedCorpus.write(tmp.resolve("c.jsonl"), 5);
        Path log = tmp.resolve("first.log");
        Process first = ChildJvm.paperkg(log, "build", "--db", db.toString(), corpus.toString());
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(log));
        Path log2 = tmp.resolve("second.log");
        Process second = ChildJvm.paperkg(log2, "build", "--db", db.toString(), corpus.toString());
        assertTrue(second.waitFor(120, TimeUnit.SECONDS));
        String out = Files.readString(log2);
        assertEquals(0, second.exitValue(), out);
        assertTrue(out.contains("0 added, 5 already present"), out);
        try (KgStore kg = KgStore.open(db)) {
            assertEquals(5L, kg.stats().get("papers"));
            assertTrue(kg.entitiesComplete(), "the entities graph of the first build was committed");
        }
    }
}
