package org.paperkg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Aho–Corasick automaton that matched the vocabulary before {@link KeywordTrie}, kept as the tests' reference in
 * its plainest form: a map of children per state, failure and output links. It shares no layout or lookup code with
 * the trie it checks (no flat arrays, no binary search over sorted edges). It reports every occurrence of every
 * keyword in one pass over every char, so the trie walked from chosen starts must report exactly its matches that
 * begin at those starts.
 */
final class AhoCorasick {
    /** Receives one occurrence: {@code text[start..end]} (both inclusive) equals {@code keywords.get(keyword)}. */
    interface MatchSink {
        void match(int start, int end, int keyword);
    }

    private final List<String> keywords;
    private final List<Map<Character, Integer>> children = new ArrayList<>();
    /** The keyword a state completes, or -1. */
    private final List<Integer> keywordOf = new ArrayList<>();
    private final List<Integer> depth = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    /** The nearest state on the failure chain (excluding the state itself) that completes a keyword, or 0. */
    private final List<Integer> outLink = new ArrayList<>();

    /** Builds the automaton; duplicate keywords are kept once (the first index), empty ones are not allowed. */
    AhoCorasick(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        addState(0);
        for (int k = 0; k < this.keywords.size(); k++) {
            String w = this.keywords.get(k);
            if (w.isEmpty()) throw new IllegalArgumentException("empty keyword");
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                Integer t = children.get(s).get(w.charAt(i));
                if (t == null) {
                    t = addState(i + 1);
                    children.get(s).put(w.charAt(i), t);
                }
                s = t;
            }
            if (keywordOf.get(s) < 0) keywordOf.set(s, k);
        }
        // failure and output links, breadth first
        ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (Map.Entry<Character, Integer> edge : children.get(u).entrySet()) {
                int v = edge.getValue();
                int f = fail.get(u);
                Integer t;
                while ((t = next(f, edge.getKey())) == null) f = fail.get(f);
                fail.set(v, t);
                outLink.set(v, keywordOf.get(t) >= 0 ? t : outLink.get(t));
                queue.add(v);
            }
        }
    }

    private int addState(int atDepth) {
        children.add(new HashMap<>());
        keywordOf.add(-1);
        depth.add(atDepth);
        fail.add(0);
        outLink.add(0);
        return children.size() - 1;
    }

    List<String> keywords() {
        return keywords;
    }

    /** The state after reading {@code c} in state {@code s} without falling back, or null (the root never fails). */
    private Integer next(int s, char c) {
        Integer t = children.get(s).get(c);
        return t == null && s == 0 ? Integer.valueOf(0) : t;
    }

    /** Reports every keyword occurrence in {@code text}, by end offset, longer ones first at the same end. */
    void scan(CharSequence text, MatchSink sink) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            Integer t;
            while ((t = next(s, c)) == null) s = fail.get(s);
            s = t;
            for (int o = keywordOf.get(s) >= 0 ? s : outLink.get(s); o != 0; o = outLink.get(o)) {
                sink.match(i - depth.get(o) + 1, i, keywordOf.get(o));
            }
        }
    }
}
