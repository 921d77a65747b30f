package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small input puts the directive on the JVM's own directive stack, read back through the same diagnostic command
 * jcmd uses, and only once per JVM; what counts as small is the inputs' bytes, up to a limit.
 */
class ExtractionCompilePolicyTest {
    private static final String EXTRACT_MATCH = "org/paperkg/extract/*.*";

    @TempDir
    Path tmp;

    @Test
    void smallInputPutsTheDirectiveOnTheStackOncePerJvm() throws Exception {
        Path seeds = Path.of("seeds");
        // Another test's build in this JVM may have added it already; then this call adds nothing.
        Thread t = ExtractionCompilePolicy.applyFor(List.of(seeds));
        if (t != null) t.join(30_000);
        String stack = ExtractionCompilePolicy.printDirectives();
        assertEquals(1, occurrences(stack, EXTRACT_MATCH), stack);
        assertTrue(stack.contains("opennlp/*.*"), stack);
        // Its C2 block excludes, its C1 block is not enabled (C1 keeps its defaults).
        String ours = stack.substring(stack.indexOf(EXTRACT_MATCH), stack.indexOf("Directive: (default)"));
        assertTrue(ours.substring(ours.indexOf("c2 directives")).contains("Exclude:true"), ours);

        assertNull(ExtractionCompilePolicy.applyFor(List.of(seeds)), "a second small build adds nothing");
        assertEquals(1, occurrences(ExtractionCompilePolicy.printDirectives(), EXTRACT_MATCH));
    }

    @Test
    void turnedOffByTheProperty() {
        String key = ExtractionCompilePolicy.ENABLED_PROPERTY;
        assertTrue(ExtractionCompilePolicy.enabled());
        System.setProperty(key, "false");
        try {
            assertFalse(ExtractionCompilePolicy.enabled());
            assertNull(ExtractionCompilePolicy.applyFor(List.of(Path.of("seeds"))));
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void inputBytesWalksFoldersCountsGzipFourTimesAndStopsPastTheLimit() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus/sub"));
        Files.write(dir.resolve("a.jsonl"), new byte[1000]);
        Path gz = dir.resolve("b.bin"); // recognised by its magic bytes, not its name
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(new byte[100_000]);
        }
        long gzSize = Files.size(gz);
        Path plain = tmp.resolve("c.txt");
        Files.write(plain, new byte[10]);
        assertEquals(1000 + 4 * gzSize + 10,
                ExtractionCompilePolicy.inputBytes(List.of(tmp.resolve("corpus"), plain), Long.MAX_VALUE));
        // past the limit after the folder: the plain file is not looked at
        assertEquals(1000 + 4 * gzSize, ExtractionCompilePolicy.inputBytes(List.of(tmp.resolve("corpus"), plain), 1000));

        Path big = tmp.resolve("big.jsonl");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ExtractionCompilePolicy.SMALL_INPUT_BYTES + 1); // sparse: no disk needed
        }
        assertTrue(ExtractionCompilePolicy.inputBytes(List.of(big), ExtractionCompilePolicy.SMALL_INPUT_BYTES)
                > ExtractionCompilePolicy.SMALL_INPUT_BYTES);
        assertTrue(ExtractionCompilePolicy.inputBytes(List.of(Path.of("seeds")), ExtractionCompilePolicy.SMALL_INPUT_BYTES)
                <= ExtractionCompilePolicy.SMALL_INPUT_BYTES);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
