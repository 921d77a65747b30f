package org.paperkg.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A trie over a fixed set of keywords, held in flat arrays and walked char by char from a start the caller chooses
 * ({@link #next}, {@link #keyword}), comparing chars exactly (fold the text and the keywords the same way).
 *
 * <p>Why a trie walked from chosen starts and not an Aho–Corasick automaton over every char: the vocabulary only keeps
 * matches that start at a word boundary, so the automaton's work at every other char, its failure chains included,
 * went to matches that were thrown away (and it was memory-bound: a scan waited on cache misses across the states).
 * A walk from a start ends as soon as no keyword continues the text, usually after a few chars.
 *
 * <p>Layout: the root's transitions in a table indexed by the char, the other states' in short sorted char arrays;
 * states numbered breadth first, so the shallow states, which nearly every walk visits, lie together in memory, and
 * the e-th edge (in state order, then char order) leads to state e + 1. Immutable once built, so thread-safe.
 */
final class KeywordTrie {
    private final List<String> keywords;
    /** Transitions of the root, by char; 0 (the root) where there is none. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** Transitions of state s: chars edgeChar[edgeStart[s] .. edgeStart[s+1]) (sorted); edge e leads to state e + 1. */
    private final int[] edgeStart;
    private final char[] edgeChar;
    /** The keyword a state completes, or -1. */
    private final int[] keywordOf;

    /** Builds the trie; duplicate keywords are kept once (the first index), empty ones are not allowed. */
    KeywordTrie(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        int count = this.keywords.size();
        // 1. a trie in flat arrays (construction only), keywords inserted in sorted order: a keyword then shares
        // its common prefix with the one before it, and every state's children are created in increasing char
        // order, so no child lookup is needed (a map of children per state cost more than all the rest)
        Integer[] sorted = new Integer[count];
        int chars = 0;
        for (int k = 0; k < count; k++) {
            String w = this.keywords.get(k);
            if (w.isEmpty()) throw new IllegalArgumentException("empty keyword");
            sorted[k] = k;
            chars += w.length();
        }
        Arrays.sort(sorted, (a, b) -> {
            int c = this.keywords.get(a).compareTo(this.keywords.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int cap = chars + 1;
        int[] firstChild = new int[cap], nextSibling = new int[cap], lastChild = new int[cap];
        char[] inChar = new char[cap];
        int[] kw = new int[cap];
        kw[0] = -1;
        int n = 1;
        int[] path = new int[64]; // path[d]: the state of the previous keyword's first d chars
        String prev = "";
        for (int k : sorted) {
            String w = this.keywords.get(k);
            int common = 0, max = Math.min(w.length(), prev.length());
            while (common < max && w.charAt(common) == prev.charAt(common)) common++;
            if (path.length <= w.length()) path = Arrays.copyOf(path, Math.max(w.length() + 1, path.length * 2));
            int s = path[common];
            for (int i = common; i < w.length(); i++) {
                int t = n++;
                inChar[t] = w.charAt(i);
                kw[t] = -1;
                if (firstChild[s] == 0) firstChild[s] = t;
                else nextSibling[lastChild[s]] = t;
                lastChild[s] = t;
                path[i + 1] = t;
                s = t;
            }
            if (kw[s] < 0) kw[s] = k;
            prev = w;
        }
        // 2. flat, sorted edges, states numbered breadth first: the shallow states, which nearly every walk visits,
        // then lie together in memory (numbered as inserted, a scan spent its time waiting for cache misses); the
        // children of each state are then consecutive states, so edge e leads to state e + 1
        int[] order = new int[n]; // new number -> old number
        int[] renumber = new int[n]; // old number -> new number
        int filled = 1;
        for (int head = 0; head < filled; head++) {
            for (int child = firstChild[order[head]]; child != 0; child = nextSibling[child]) {
                renumber[child] = filled;
                order[filled++] = child;
            }
        }
        edgeStart = new int[n + 1];
        edgeChar = new char[n - 1];
        int e = 0;
        for (int s = 0; s < n; s++) {
            edgeStart[s] = e;
            for (int child = firstChild[order[s]]; child != 0; child = nextSibling[child]) {
                if (renumber[child] != e + 1) throw new IllegalStateException("edge " + e + " leads to " + renumber[child]);
                edgeChar[e++] = inChar[child];
            }
        }
        edgeStart[n] = e;
        for (int i = edgeStart[0]; i < edgeStart[1]; i++) rootNext[edgeChar[i]] = i + 1;
        keywordOf = new int[n];
        for (int s = 0; s < n; s++) keywordOf[s] = kw[order[s]];
    }

    List<String> keywords() {
        return keywords;
    }

    /** The state after {@code c} in state {@code s}, or 0 (the root) when no keyword continues that way. */
    int next(int s, char c) {
        if (s == 0) return rootNext[c];
        int lo = edgeStart[s], hi = edgeStart[s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) lo = mid + 1;
            else if (m > c) hi = mid - 1;
            else return mid + 1;
        }
        return 0;
    }

    /** The keyword state {@code s} completes, or -1. */
    int keyword(int s) {
        return keywordOf[s];
    }
}
