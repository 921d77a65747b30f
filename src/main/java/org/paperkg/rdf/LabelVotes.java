package org.paperkg.rdf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of kg:labelVotes: how many papers wrote each name of an entity, as one line of JSON with the names in
 * order ({"ResNet-50":12,"ResNet50":3}). It is what the label is chosen from; keeping it in the entities graph lets an
 * incremental build add the new papers' votes to it instead of re-reading every stored mention of every entity the
 * new papers name. JSON, not a home-made format: any name can be written, and the literal has no line break to
 * split a CSV row or a console cell.
 *
 * <p>Read and written with Jackson's streaming parser and generator, not its object mapper: an incremental build
 * parses the votes of every entity its papers name on its critical path, and in a fresh JVM the mapper's first map
 * (its deserializer built by reflection) cost ~0.2 s of the 0.02 s the parsing itself takes (docs/PERFORMANCE.md,
 * 2026-12-07 17:10). The text is the same.
 */
public final class LabelVotes {
    private static final JsonFactory JSON = new JsonFactory();

    private LabelVotes() {
    }

    public static String format(Map<String, Integer> votes) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            for (Map.Entry<String, Integer> e : new TreeMap<>(votes).entrySet()) {
                out.writeNumberField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("votes not writable as JSON", e);
        }
        return text.toString();
    }

    /** The votes of a kg:labelVotes text; text that is not a JSON object of counts is an error quoting it. */
    public static Map<String, Integer> parse(String text) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        try (JsonParser in = JSON.createParser(text)) {
            if (in.nextToken() != JsonToken.START_OBJECT) throw notVotes(text);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) throw notVotes(text);
                long n = in.getLongValue();
                if (n < 1 || n > Integer.MAX_VALUE) throw notVotes(text);
                votes.put(name, (int) n);
            }
            if (in.currentToken() != JsonToken.END_OBJECT || in.nextToken() != null) throw notVotes(text);
        } catch (IOException e) {
            throw notVotes(text);
        }
        return votes;
    }

    private static IllegalArgumentException notVotes(String text) {
        return new IllegalArgumentException("not name votes: " + text);
    }
}
