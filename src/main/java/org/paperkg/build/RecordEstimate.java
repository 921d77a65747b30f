package org.paperkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.corpus.CorpusInput;

/**
 * Estimates how many records the inputs hold by counting non-empty lines (exact for JSON Lines and Abstract
 * lines, an over-estimate for page dumps), on a background thread so the build never waits for it. Only used for
 * the progress display's ETA.
 */
public final class RecordEstimate {
    private RecordEstimate() {
    }

    /** Counts in the background when {@code progress} shows anything, then tells it the total. */
    public static void startCounting(List<Path> inputs, BuildProgress progress) {
        if (progress == BuildProgress.NONE) return;
        Thread t = new Thread(() -> {
            long n = count(inputs);
            if (n > 0) progress.expect(n);
        }, "paperkg-count");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static long count(List<Path> inputs) {
        long n = 0;
        for (Path file : CorpusInput.files(inputs)) n += lines(file);
        return n;
    }

    private static long lines(Path file) {
        try (InputStream in = CorpusInput.openContent(file)) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            boolean blank = true;
            int k;
            while ((k = in.read(buf)) > 0) {
                for (int i = 0; i < k; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (!blank) lines++;
                        blank = true;
                    } else if (b != '\r' && b != ' ' && b != '\t') {
                        blank = false;
                    }
                }
            }
            return blank ? lines : lines + 1;
        } catch (IOException e) {
            return 0; // the build itself reports unreadable files
        }
    }
}
