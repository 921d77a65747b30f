package org.paperkg.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a real child JVM on this test's class path: what a user's second terminal or a killed build is. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(Path log, List<String> jvmArgs, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        File out = log.toFile();
        pb.redirectOutput(out);
        return pb.start();
    }

    static Process paperkg(Path log, String... args) throws IOException {
        return start(log, List.of("-Xmx512m"), "org.paperkg.cli.Main", args);
    }
}
