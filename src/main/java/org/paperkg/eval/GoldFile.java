package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads gold annotations in the JSON Lines format of GUIDELINES.md (one record a line). */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {
    }

    public static Map<String, GoldRecord> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, GoldRecord> read(InputStream in) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Records by id, in file order. */
    public static Map<String, GoldRecord> read(Reader reader) {
        Map<String, GoldRecord> out = new LinkedHashMap<>();
        try {
            BufferedReader br = new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                GoldRecord g = parse(JSON.readTree(line), n);
                out.put(g.id(), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static GoldRecord parse(JsonNode node, int line) {
        String id = text(node, "id");
        if (id == null) throw new IllegalArgumentException("gold line " + line + ": no id");
        List<ExtractedRecord.Entity> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) entities.add(new ExtractedRecord.Entity(text(e, "type"), text(e, "label"), strings(e.path("aliases"))));
        List<ExtractedRecord.Entity> proposed = new ArrayList<>();
        for (JsonNode e : node.path("proposed")) proposed.add(new ExtractedRecord.Entity(text(e, "type"), text(e, "label"), strings(e.path("aliases"))));
        List<ExtractedRecord.Rel> relations = new ArrayList<>();
        for (JsonNode e : node.path("relations")) relations.add(new ExtractedRecord.Rel(text(e, "rel"), text(e, "object"), List.of()));
        List<ExtractedRecord.Result> results = new ArrayList<>();
        for (JsonNode e : node.path("results")) {
            JsonNode num = e.get("number");
            BigDecimal number = num == null || num.isNull() ? null : new BigDecimal(num.asText());
            results.add(new ExtractedRecord.Result(text(e, "metric"), text(e, "value"), number, text(e, "unit"), text(e, "baseline")));
        }
        return new GoldRecord(id, text(node, "title"), new ExtractedRecord(id, entities, proposed, relations, results));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : arr) out.add(a.asText());
        return out;
    }

    /** One gold record: its id, title, and the annotation in the same shape as extracted output. */
    public record GoldRecord(String id, String title, ExtractedRecord annotation) {
    }
}
