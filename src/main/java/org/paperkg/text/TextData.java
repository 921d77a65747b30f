package org.paperkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clean-up data under {@code /ontology/text/} on the classpath. Files are tab-separated UTF-8; lines
 * starting with '#' are comments. Columns are not trimmed: a LaTeX spacing command prints a single blank.
 */
public final class TextData {
    private TextData() {
    }

    public static List<String[]> rows(String fileName) {
        String path = "/ontology/text/" + fileName;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TextData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing text resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length == 0 || cols[0].isEmpty()) {
                    throw new IllegalStateException(path + ":" + lineNo + ": empty first column");
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }
}
