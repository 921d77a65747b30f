package org.paperkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.ObjectName;
import org.paperkg.corpus.CorpusInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps HotSpot's optimising compiler (C2) off the extraction code when a build's input is small, such as a day's
 * new papers added to a large store.
 *
 * <p>Why: a cold JVM compiles whatever gets hot, and on a 2-core machine its one C2 thread competes with the
 * writer, which sets the pace of a build. A build of 1,000 new papers into the 115k store spent 18 s of CPU in C2,
 * 6.5 s of it compiling the extractors, while the extraction itself (on the workers, never the bottleneck) took
 * about 3 s. With the extractors left to C1, C2 reaches the writer's code (TDB2's B+trees and node table) sooner
 * and takes less of the second core (docs/PERFORMANCE.md, 2026-12-07 17:10). For a large input C2's code pays for
 * its compile many times over, so the policy applies only below {@link #SMALL_INPUT_BYTES}.
 *
 * <p>How: a compiler directive ({@code small-build-directives.json}, HotSpot's JSON format) added at run time
 * through the platform's DiagnosticCommand MBean, as {@code jcmd PID Compiler.directives_add} would; it needs no
 * JVM flag, so {@code java -jar paperkg.jar build} gets it. It is added on a background thread (loading the JMX
 * classes takes ~0.1 s) before the workers warm up. On a JVM without that command the build runs as before.
 */
public final class ExtractionCompilePolicy {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionCompilePolicy.class);

    /** Inputs up to this many bytes (about 5,000 arXiv records; gzip counted at four times its size) count as small. */
    public static final long SMALL_INPUT_BYTES = 8L << 20;

    /** Set to {@code false} to leave the compilers' defaults alone (for measuring both ways). */
    public static final String ENABLED_PROPERTY = "paperkg.smallBuildCompilePolicy";

    static final String DIRECTIVES = "small-build-directives.json";

    /** Once per JVM: a directive stays for the JVM's life, and HotSpot's stack of them is bounded (50 by default). */
    private static final AtomicBoolean APPLIED = new AtomicBoolean();

    private ExtractionCompilePolicy() {
    }

    /**
     * For a small input, starts adding the directive on a daemon thread and returns it (to join in tests); otherwise,
     * when this JVM has it already, or when turned off by {@link #ENABLED_PROPERTY}, returns null.
     */
    public static Thread applyFor(List<Path> inputs) {
        if (!enabled()) return null;
        long bytes = inputBytes(inputs, SMALL_INPUT_BYTES);
        if (bytes > SMALL_INPUT_BYTES || !APPLIED.compareAndSet(false, true)) return null;
        Thread t = new Thread(() -> {
            if (addDirectives()) LOG.info("input of {} KB: extraction code left to the C1 compiler", bytes >> 10);
        }, "paperkg-compile-policy");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"));
    }

    /**
     * The bytes the inputs hold (the files a build reads, {@link CorpusInput#files}; gzip counted four times over),
     * counting only until {@code limit} is passed. A file that cannot be read counts as past the limit.
     */
    static long inputBytes(List<Path> inputs, long limit) {
        long sum = 0;
        for (Path f : CorpusInput.files(inputs)) {
            try {
                long size = Files.size(f);
                sum += CorpusInput.isGzip(f) ? 4 * size : size;
            } catch (IOException e) {
                return Long.MAX_VALUE; // not readable here: the build reports it; assume large
            }
            if (sum > limit) return sum;
        }
        return sum;
    }

    /** Adds the directive through the DiagnosticCommand MBean; false (logged at debug) where the JVM has none. */
    static boolean addDirectives() {
        Path file = null;
        try (InputStream in = ExtractionCompilePolicy.class.getResourceAsStream(DIRECTIVES)) {
            if (in == null) throw new IOException(DIRECTIVES + " missing from the classpath");
            // The command reads a file, not text.
            file = Files.createTempFile("paperkg-directives", ".json");
            Files.write(file, in.readAllBytes());
            Object reply = diagnosticCommand("compilerDirectivesAdd", file.toString());
            boolean added = String.valueOf(reply).trim().matches("[1-9]\\d* compiler directives? added");
            if (!added) LOG.debug("compiler directives not added: {}", reply);
            return added;
        } catch (Exception | LinkageError e) {
            LOG.debug("compiler directives not added: {}", e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** What the JVM's directive stack holds now, as {@code jcmd Compiler.directives_print} shows it (for tests). */
    static String printDirectives() throws Exception {
        return String.valueOf(diagnosticCommand("compilerDirectivesPrint"));
    }

    /** Runs one of HotSpot's diagnostic commands (as jcmd names them, in camel case) and returns its reply. */
    private static Object diagnosticCommand(String operation, String... args) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {args}, new String[] {String[].class.getName()});
    }
}
