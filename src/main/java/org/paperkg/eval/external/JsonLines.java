package org.paperkg.eval.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a JSON Lines corpus one record at a time; a line that is not JSON, or that the record parser rejects, is
 * reported with file, line and (when it has one) record id, and reading goes on with the next line.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Turns one JSON record into an abstract, or throws {@link BadRecord} saying what is wrong with it. */
    interface RecordParser {
        AnnotatedAbstract parse(JsonNode node, long line);
    }

    /** A record that cannot be used, with the reason a user can act on. */
    static final class BadRecord extends RuntimeException {
        BadRecord(String reason) {
            super(reason);
        }
    }

    private JsonLines() {
    }

    static void read(Path file, RecordParser parser, String idField, CorpusSink sink) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.getFileName().toString(), parser, idField, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void read(Reader reader, String source, RecordParser parser, String idField, CorpusSink sink) {
        try {
            BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            String line;
            long n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.skipped(source + ":" + n, "not JSON: " + e.getOriginalMessage());
                    continue;
                }
                String id = node.path(idField).isTextual() ? node.get(idField).asText() : null;
                String where = source + ":" + n + (id == null ? "" : " (record " + id + ")");
                if (id == null) {
                    sink.skipped(where, "no string field \"" + idField + "\"");
                    continue;
                }
                try {
                    sink.accept(parser.parse(node, n));
                } catch (BadRecord e) {
                    sink.skipped(where, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    static int intField(JsonNode node, String field, String what) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new BadRecord(what + ": no integer \"" + field + "\"");
        }
        return v.intValue();
    }

    static String textField(JsonNode node, String field, String what) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) throw new BadRecord(what + ": no string \"" + field + "\"");
        return v.asText();
    }
}
