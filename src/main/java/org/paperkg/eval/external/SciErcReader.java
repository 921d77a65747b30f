package org.paperkg.eval.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads SciERC (Luan et al., EMNLP 2018) processed JSON Lines: {@code doc_key}, {@code sentences} (token lists),
 * {@code ner} (per sentence, {@code [first, last, label]} with document-level, inclusive token offsets) and
 * {@code clusters} (coreference, lists of {@code [first, last]} spans). The abstract text is rebuilt from the tokens
 * with {@link PtbDetokenizer}, and every span becomes a character span of that text. A record with a span outside
 * its tokens is skipped whole.
 */
public final class SciErcReader {
    private SciErcReader() {
    }

    public static void read(Path file, CorpusSink sink) {
        JsonLines.read(file, SciErcReader::parse, "doc_key", sink);
    }

    public static void read(Reader reader, String source, CorpusSink sink) {
        JsonLines.read(reader, source, SciErcReader::parse, "doc_key", sink);
    }

    static AnnotatedAbstract parse(JsonNode node, long line) {
        String id = node.get("doc_key").asText();
        List<String> tokens = new ArrayList<>();
        JsonNode sentences = node.get("sentences");
        if (sentences == null || !sentences.isArray()) throw new JsonLines.BadRecord("no \"sentences\" array");
        for (JsonNode s : sentences) {
            for (JsonNode t : s) {
                if (!t.isTextual()) throw new JsonLines.BadRecord("sentence token that is not a string: " + t);
                tokens.add(t.asText());
            }
        }
        PtbDetokenizer.Detokenized d = PtbDetokenizer.detokenize(tokens);
        Map<String, Integer> clusterOf = new HashMap<>();
        int c = 0;
        for (JsonNode cluster : node.path("clusters")) {
            for (JsonNode span : cluster) clusterOf.put(span.path(0).asInt(-1) + ":" + span.path(1).asInt(-1), c);
            c++;
        }
        List<SpanMention> mentions = new ArrayList<>();
        for (JsonNode sentence : node.path("ner")) {
            for (JsonNode n : sentence) {
                if (n.size() != 3 || !n.get(0).isIntegralNumber() || !n.get(1).isIntegralNumber() || !n.get(2).isTextual()) {
                    throw new JsonLines.BadRecord("ner entry is not [first, last, label]: " + n);
                }
                int first = n.get(0).intValue(), last = n.get(1).intValue();
                if (first < 0 || last < first || last >= tokens.size()) {
                    throw new JsonLines.BadRecord("ner span " + first + "-" + last + " outside the " + tokens.size() + " tokens");
                }
                int start = d.charStart(first), end = d.charEnd(last);
                mentions.add(new SpanMention(start, end, n.get(2).asText(), d.text().substring(start, end),
                        clusterOf.getOrDefault(first + ":" + last, SpanMention.NO_CLUSTER)));
            }
        }
        return new AnnotatedAbstract(id, line, d.text(), mentions);
    }
}
