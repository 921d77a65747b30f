package org.paperkg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code paperkg build} in a JVM of its own, as a user runs it, and times it from start to exit. An incremental
 * build in {@code bench}'s own JVM runs warm (compiled code, a grown heap); a user's daily update starts cold, and
 * that is where its time goes (docs/PERFORMANCE.md), so {@code bench} measures both.
 */
final class ColdBuildCommand {
    /** The command line's entry point, for a run from a classes folder (tests) rather than the shaded jar. */
    private static final String MAIN_CLASS = "org.paperkg.cli.Main";

    /** How one run went: wall seconds from start to exit, the exit code and the build's one-line summary. */
    record Run(double seconds, int exitCode, String summary) {
    }

    private final String heap;
    /** The shaded jar this class was loaded from, or null when it came from a classes folder (tests). */
    private final Path jar;

    /** @param heap the child's {@code -Xmx} value, e.g. {@code 1g} (README: the bound for a build that adds papers) */
    ColdBuildCommand(String heap) {
        this.heap = heap;
        Path self = codeSource();
        this.jar = self != null && Files.isRegularFile(self) ? self : null;
    }

    /** The child's command line: the same Java, this jar (or this class path), {@code build --db DB INPUT}. */
    List<String> command(Path db, Path input) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        if (jar != null) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(MAIN_CLASS);
        }
        cmd.addAll(List.of("build", "--db", db.toString(), input.toString()));
        return cmd;
    }

    /** The command line in short, for a report: {@code java -Xmx1g -jar paperkg.jar build}. */
    String describe() {
        String launch = jar != null ? "-jar " + jar.getFileName() : "-cp … " + MAIN_CLASS;
        return "java -Xmx" + heap + " " + launch + " build";
    }

    /**
     * Runs the build and waits for it; what it prints goes to {@code log}. The store must not be open in this
     * process: TDB2's lock lets one process at a time write it.
     */
    Run run(Path db, Path input, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(db, input)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long t0 = System.nanoTime(); // from the spawn, as a shell's time would count it
        int code = builder.start().waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run(seconds, code, summaryLine(log));
    }

    /** The build's last line that starts with {@code paperkg build}: its summary, or its error. */
    private static String summaryLine(Path log) throws IOException {
        String last = "";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("paperkg build")) last = line;
        }
        return last;
    }

    /** The jar (or classes folder) this class was loaded from; null where the JVM does not say. */
    private static Path codeSource() {
        try {
            var source = ColdBuildCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }
}
