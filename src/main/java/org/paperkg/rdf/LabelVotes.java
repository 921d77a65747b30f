package org.paperkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of kg:labelVotes: how many papers wrote each name of an entity, one {@code count<TAB>name} line per name
 * in name order. It is what the label is chosen from; keeping it in the entities graph lets an incremental build add
 * the new papers' votes to it instead of re-reading every stored mention of every entity the new papers name.
 * Names come from cleaned text, whose whitespace is collapsed to single spaces, so they hold no tab or line break.
 */
public final class LabelVotes {
    private LabelVotes() {
    }

    public static String format(Map<String, Integer> votes) {
        StringBuilder sb = new StringBuilder();
        votes.forEach((name, n) -> {
            if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a name with a tab or line break: " + name);
            }
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(n).append('\t').append(name);
        });
        return sb.toString();
    }

    /** The votes of a kg:labelVotes text, in its order; a malformed line is an error naming it. */
    public static Map<String, Integer> parse(String text) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) throw new IllegalArgumentException("not a count<TAB>name line: " + line);
            try {
                votes.merge(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab)), Integer::sum);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a count<TAB>name line: " + line);
            }
        }
        return votes;
    }
}
