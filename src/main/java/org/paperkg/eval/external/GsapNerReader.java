package org.paperkg.eval.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the GSAP-NER abstracts (Otto et al., EMNLP Findings 2023) as JSON Lines: {@code id}, {@code text},
 * {@code entities} [{@code start}, {@code end} (character offsets into {@code text}, end exclusive), {@code label},
 * {@code text}]. Every mention is checked against the text it claims to cover: a record whose offsets do not point at
 * its mention is skipped whole, since scoring half of its gold would distort recall.
 */
public final class GsapNerReader {
    private GsapNerReader() {
    }

    public static void read(Path file, CorpusSink sink) {
        JsonLines.read(file, GsapNerReader::parse, "id", sink);
    }

    public static void read(Reader reader, String source, CorpusSink sink) {
        JsonLines.read(reader, source, GsapNerReader::parse, "id", sink);
    }

    static AnnotatedAbstract parse(JsonNode node, long line) {
        String id = node.get("id").asText();
        String text = JsonLines.textField(node, "text", "record");
        List<SpanMention> mentions = new ArrayList<>();
        int i = 0;
        for (JsonNode e : node.path("entities")) {
            String what = "entity " + i++;
            int start = JsonLines.intField(e, "start", what), end = JsonLines.intField(e, "end", what);
            String label = JsonLines.textField(e, "label", what);
            if (start < 0 || end <= start || end > text.length()) {
                throw new JsonLines.BadRecord(what + ": offsets " + start + "-" + end + " outside the text (length " + text.length() + ")");
            }
            String covered = text.substring(start, end);
            JsonNode written = e.get("text");
            if (written != null && written.isTextual() && !written.asText().equals(covered)) {
                throw new JsonLines.BadRecord(what + ": offsets " + start + "-" + end + " cover \"" + covered
                        + "\", not \"" + written.asText() + "\"");
            }
            mentions.add(new SpanMention(start, end, label, covered, SpanMention.NO_CLUSTER));
        }
        return new AnnotatedAbstract(id, line, text, mentions);
    }
}
