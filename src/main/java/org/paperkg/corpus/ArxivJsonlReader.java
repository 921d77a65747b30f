package org.paperkg.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link CorpusFormat#ARXIV_JSONL}: one JSON object per line, in the layout of the public arXiv metadata snapshot
 * ({@code id}, {@code title}, {@code abstract}, {@code authors} as "A, B and C", {@code authors_parsed},
 * {@code categories} space-separated, {@code update_date}) or of the normalized arxiv-daily-cs corpus
 * ({@code categories} a list, {@code date}). Other fields are ignored. Title and abstract are kept exactly as read.
 * The record id is the arXiv id with any {@code vN} suffix removed.
 *
 * <p>A line with invalid JSON, a field of the wrong type, a missing id or a missing/blank abstract is skipped
 * with a message naming the line and the id when known; blank lines are ignored. Each line is parsed on its own,
 * so memory use does not grow with the file.
 */
public final class ArxivJsonlReader implements CorpusReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VERSION_SUFFIX = Pattern.compile("v\\d+$");

    /** A problem with one line, carrying the id when it was already known. */
    private static final class BadRecord extends Exception {
        final String id;
        final String detail;

        BadRecord(String id, String message) {
            this(id, message, null);
        }

        BadRecord(String id, String message, String detail) {
            super(message, null, false, false);
            this.id = id;
            this.detail = detail;
        }
    }

    @Override
    public void read(String source, BufferedReader in, RecordSink sink) throws IOException {
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            try {
                sink.accept(parse(source, lineNo, line));
            } catch (BadRecord e) {
                sink.skipped(new SkippedRecord(source, lineNo, e.id, e.getMessage(), e.detail));
            }
        }
    }

    /** Parses one JSON line into a record. */
    static PaperRecord parse(String source, long lineNo, String line) throws BadRecord {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecord(null, "invalid JSON", e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRecord(null, "not a JSON object but " + (node == null ? "nothing" : nodeType(node)));
        }
        String rawId = text(node, "id", null);
        if (rawId == null || rawId.isBlank()) throw new BadRecord(null, "missing arXiv id (\"id\")");
        String id = VERSION_SUFFIX.matcher(rawId.strip()).replaceFirst("");
        String title = text(node, "title", id);
        String abs = text(node, "abstract", id);
        if (abs == null && !node.has("abstract")) abs = text(node, "summary", id);
        if (abs == null) throw new BadRecord(id, "missing abstract");
        if (abs.isBlank()) throw new BadRecord(id, "abstract is empty");
        List<String> authors = authors(node, id);
        List<String> categories = categories(node, id);
        String date = date(node, id);
        return new PaperRecord(id, source, lineNo, title, abs, id, authors,
                authors.isEmpty() ? null : authors.size(), date, null, categories);
    }

    private static String nodeType(JsonNode n) {
        return n.getNodeType().name().toLowerCase();
    }

    /** A string field, null when absent or JSON null; a wrong type is an error. */
    private static String text(JsonNode obj, String field, String id) throws BadRecord {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            throw new BadRecord(id, "field \"" + field + "\" should be a string but is " + nodeType(v));
        }
        return TextRepair.repair(v.textValue());
    }

    private static List<String> stringList(JsonNode arr, String field, String id) throws BadRecord {
        List<String> out = new ArrayList<>();
        for (JsonNode e : arr) {
            if (!e.isTextual()) {
                throw new BadRecord(id, "field \"" + field + "\" should list strings but holds " + nodeType(e));
            }
            if (!e.textValue().isBlank()) out.add(TextRepair.repair(e.textValue().strip()));
        }
        return out;
    }

    /** {@code authors} as a list, else {@code authors_parsed}, else {@code authors} as a "A, B and C" string. */
    private static List<String> authors(JsonNode obj, String id) throws BadRecord {
        JsonNode a = obj.get("authors");
        if (a != null && a.isArray()) return stringList(a, "authors", id);
        if (a != null && !a.isNull() && !a.isTextual()) {
            throw new BadRecord(id, "field \"authors\" should be a string or a list but is " + nodeType(a));
        }
        JsonNode parsed = obj.get("authors_parsed");
        if (parsed != null && parsed.isArray() && !parsed.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (JsonNode p : parsed) {
                if (!p.isArray()) {
                    throw new BadRecord(id, "field \"authors_parsed\" should list [last, first, suffix] arrays");
                }
                // [last, first, suffix] -> "first last suffix"
                List<String> parts = stringList(p, "authors_parsed", id);
                String name;
                if (parts.size() >= 2) {
                    name = String.join(" ", parts.get(1), parts.get(0));
                    if (parts.size() >= 3) name = name + " " + String.join(" ", parts.subList(2, parts.size()));
                } else {
                    name = String.join(" ", parts);
                }
                if (!name.isBlank()) out.add(name.strip());
            }
            return out;
        }
        return a == null || a.isNull() ? List.of() : splitAuthors(TextRepair.repair(a.textValue()));
    }

    /**
     * Splits the snapshot's author string "A, B and C" (also "A, B, and C"); commas inside parentheses
     * (affiliations) do not split.
     */
    static List<String> splitAuthors(String s) {
        List<String> out = new ArrayList<>();
        String flat = s.replaceAll("\\s+", " ").strip();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && c == ',') {
                add(out, flat.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && c == ' ' && flat.startsWith(" and ", i)) {
                add(out, flat.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        add(out, flat.substring(start));
        return out;
    }

    private static void add(List<String> out, String name) {
        String n = name.strip();
        if (n.startsWith("and ")) n = n.substring(4).strip();
        if (!n.isEmpty()) out.add(n);
    }

    /** {@code categories} as a list or a space-separated string (falling back to {@code cate}); primary first. */
    private static List<String> categories(JsonNode obj, String id) throws BadRecord {
        String field = obj.has("categories") ? "categories" : "cate";
        JsonNode c = obj.get(field);
        if (c == null || c.isNull()) return List.of();
        if (c.isArray()) return stringList(c, field, id);
        if (c.isTextual()) {
            String t = TextRepair.repair(c.textValue()).strip();
            return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
        }
        throw new BadRecord(id, "field \"" + field + "\" should be a string or a list but is " + nodeType(c));
    }

    /** {@code date}, else {@code update_date}, as an ISO date (a timestamp is cut to its date); unparseable -> null. */
    private static String date(JsonNode obj, String id) throws BadRecord {
        String d = text(obj, "date", id);
        if (d == null) d = text(obj, "update_date", id);
        if (d == null) return null;
        d = d.strip();
        if (d.length() > 10 && d.charAt(10) == 'T') d = d.substring(0, 10);
        try {
            return LocalDate.parse(d).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
