package org.paperkg.rdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of kg:labelVotes: how many papers wrote each name of an entity, as one line of JSON with the names in
 * order ({"ResNet-50":12,"ResNet50":3}). It is what the label is chosen from; keeping it in the entities graph lets an
 * incremental build add the new papers' votes to it instead of re-reading every stored mention of every entity the
 * new papers name. JSON, not a home-made format: any name can be written, and the literal has no line break to
 * split a CSV row or a console cell.
 */
public final class LabelVotes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelVotes() {
    }

    public static String format(Map<String, Integer> votes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(votes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("votes not writable as JSON", e);
        }
    }

    /** The votes of a kg:labelVotes text; text that is not a JSON object of counts is an error quoting it. */
    public static Map<String, Integer> parse(String text) {
        try {
            Map<String, Integer> votes = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Integer>>() { });
            if (votes == null || votes.values().stream().anyMatch(n -> n == null || n < 1)) throw new IllegalArgumentException("not name votes: " + text);
            return votes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not name votes: " + text);
        }
    }
}
