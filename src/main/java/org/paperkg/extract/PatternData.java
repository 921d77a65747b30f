package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads pattern data (cue words, head nouns, metric phrases) from {@code /ontology/patterns/} on the classpath.
 * Files are tab-separated, UTF-8; blank lines and lines starting with '#' are ignored.
 */
public final class PatternData {
    private PatternData() {
    }

    /** Rows of the named file under /ontology/patterns/, each split on tabs (trimmed). */
    public static List<String[]> rows(String fileName) {
        String path = "/ontology/patterns/" + fileName;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PatternData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing pattern resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].trim();
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** First column of every row, lower-cased. */
    public static List<String> words(String fileName) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(fileName)) out.add(row[0].toLowerCase(Locale.ROOT));
        return out;
    }

    /** A case-insensitive pattern matching a cue phrase on word boundaries; blanks match any run of blanks. */
    public static Pattern phrase(String cue) {
        String body = Pattern.quote(cue.trim()).replace(" ", "\\E\\s+\\Q");
        String pre = Character.isLetterOrDigit(cue.trim().charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String post = Character.isLetterOrDigit(cue.trim().charAt(cue.trim().length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
        return Pattern.compile(pre + body + post, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Optional<EntityType> type(String name) {
        return EntityType.parse(name);
    }
}
