package org.paperkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * Opens a TDB2 store for this process only. TDB2 already takes an OS file lock ({@code tdb.lock}, held until the
 * process ends, so a killed process never leaves it stuck), but a second process that tries to open the store
 * gets a bare "Failed to get a lock" error. This turns that into one line saying which store is busy and which
 * process holds it, so two builds (or a build and a server) on one store are refused cleanly before either writes.
 *
 * <p>Within one JVM TDB2 hands every opener the same dataset object; its transactions then serialise writers and
 * give readers snapshots, so an in-process second open is shared, not refused.
 */
public final class StoreLock {
    /** The file TDB2 locks and writes the owner's PID into. */
    static final String TDB_LOCK_FILE = "tdb.lock";

    /**
     * The layout of a store this process creates: TDB2's six quad indexes less GPOS and GOSP. Every pattern the graph
     * is asked for binds a subject, a predicate or an object, which SPOG, POSG and OSPG serve whether or not the graph
     * is named (the union default graph leaves it open), and a named graph alone (replacing or exporting one paper or
     * the entities graph) is a prefix of GSPO; a graph plus a predicate or object without subject walks that graph in
     * GSPO, and a graph here is one paper (~200 quads) or a small summary graph. Each index is a B+tree every quad is
     * inserted into, so two fewer make loading a third cheaper and the store a third smaller (docs/PERFORMANCE.md).
     * TDB2 writes the layout into the store's {@code tdb.cfg} and keeps whatever layout an existing store has (one
     * built with the defaults stays at six), so these params only decide for a new store.
     */
    static final StoreParams NEW_STORE_PARAMS = StoreParamsBuilder.create(StoreParams.getDftStoreParams())
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

    private StoreLock() {
    }

    /** Connects to the TDB2 database in {@code dir}, or fails with a clear message when another process has it. */
    public static DatasetGraph connect(Path dir) {
        return connect(dir, NEW_STORE_PARAMS);
    }

    /** As {@link #connect(Path)}, with the layout a new store in {@code dir} gets (an existing one keeps its own). */
    static DatasetGraph connect(Path dir, StoreParams newStoreParams) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), newStoreParams);
        } catch (RuntimeException e) {
            if (isLockFailure(e)) throw new StoreException(busyMessage(dir), e);
            throw e;
        }
    }

    /**
     * TDB2 reports a lock held by another live process as {@code DBOpEnvException("Failed to get a lock: ...")}
     * (an {@link AlreadyLocked} on other paths), possibly wrapped.
     */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof AlreadyLocked) return true;
            if (c instanceof DBOpEnvException && c.getMessage() != null && c.getMessage().contains("lock")) return true;
        }
        return false;
    }

    static String busyMessage(Path dir) {
        String owner = ownerPid(dir);
        return "store " + dir + " is in use by another paperkg process" + (owner == null ? "" : " (PID " + owner + ")")
                + " (a build or a server); wait for it to finish or stop it, or use another --db";
    }

    /** The PID TDB2 wrote into its lock file, or null when it cannot be read. */
    static String ownerPid(Path dir) {
        Path lock = findLockFile(dir);
        if (lock == null) return null;
        try {
            String s = Files.readString(lock, StandardCharsets.US_ASCII).strip();
            return s.matches("\\d{1,10}") ? s : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path findLockFile(Path dir) {
        Path top = dir.resolve(TDB_LOCK_FILE);
        if (Files.isRegularFile(top)) return top;
        // TDB2 keeps the lock at the top; data generations (Data-0001) hold their own.
        try (var s = Files.list(dir)) {
            return s.map(p -> p.resolve(TDB_LOCK_FILE)).filter(Files::isRegularFile).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
