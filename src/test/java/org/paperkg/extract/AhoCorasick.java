package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat-array Aho–Corasick automaton that matched the vocabulary before {@link KeywordTrie}, kept as the tests'
 * reference in its first form (a map of children per state while it is built), so that it shares no construction
 * code with the trie it checks. It reports every occurrence of every keyword in one pass over every char, so the
 * trie walked from chosen starts must report exactly its matches that begin at those starts.
 */
final class AhoCorasick {
    /** Receives one occurrence: {@code text[start..end]} (both inclusive) equals {@code keywords.get(keyword)}. */
    interface MatchSink {
        void match(int start, int end, int keyword);
    }

    private final List<String> keywords;
    /** Transitions of the root, by char; 0 (the root) where there is none. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** Transitions of state s: chars edgeChar[edgeStart[s] .. edgeStart[s+1]) (sorted), targets in edgeTarget. */
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    /** The keyword a state completes, or -1. */
    private final int[] keywordOf;
    /** The nearest state on the failure chain (excluding the state itself) that completes a keyword, or 0. */
    private final int[] outLink;
    private final int[] depth;

    /** Builds the automaton; duplicate keywords are kept once (the first index), empty ones are not allowed. */
    AhoCorasick(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        // 1. a trie with map edges (construction only)
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<Integer> kw = new ArrayList<>();
        List<Integer> dep = new ArrayList<>();
        children.add(new HashMap<>());
        kw.add(-1);
        dep.add(0);
        for (int k = 0; k < this.keywords.size(); k++) {
            String w = this.keywords.get(k);
            if (w.isEmpty()) throw new IllegalArgumentException("empty keyword");
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                Integer t = children.get(s).get(w.charAt(i));
                if (t == null) {
                    t = children.size();
                    children.add(new HashMap<>());
                    kw.add(-1);
                    dep.add(i + 1);
                    children.get(s).put(w.charAt(i), t);
                }
                s = t;
            }
            if (kw.get(s) < 0) kw.set(s, k);
        }
        // 2. flat, sorted edges, states numbered breadth first: the shallow states, which nearly every char visits,
        // then lie together in memory (numbered as inserted, a scan spent its time waiting for cache misses)
        int n = children.size();
        int[] order = new int[n]; // new number -> old number
        int[] renumber = new int[n]; // old number -> new number
        int filled = 1;
        for (int head = 0; head < filled; head++) {
            Character[] cs = children.get(order[head]).keySet().toArray(new Character[0]);
            Arrays.sort(cs);
            for (Character c : cs) {
                int child = children.get(order[head]).get(c);
                renumber[child] = filled;
                order[filled++] = child;
            }
        }
        edgeStart = new int[n + 1];
        int edges = 0;
        for (Map<Character, Integer> c : children) edges += c.size();
        edgeChar = new char[edges];
        edgeTarget = new int[edges];
        int e = 0;
        for (int s = 0; s < n; s++) {
            Map<Character, Integer> out = children.get(order[s]);
            edgeStart[s] = e;
            Character[] cs = out.keySet().toArray(new Character[0]);
            Arrays.sort(cs);
            for (Character c : cs) {
                edgeChar[e] = c;
                edgeTarget[e] = renumber[out.get(c)];
                e++;
            }
        }
        edgeStart[n] = e;
        for (int i = edgeStart[0]; i < edgeStart[1]; i++) rootNext[edgeChar[i]] = edgeTarget[i];
        keywordOf = new int[n];
        depth = new int[n];
        for (int s = 0; s < n; s++) {
            keywordOf[s] = kw.get(order[s]);
            depth[s] = dep.get(order[s]);
        }
        // 3. failure and output links, breadth first
        fail = new int[n];
        outLink = new int[n];
        int[] queue = new int[n];
        int head = 0, tail = 0;
        for (int i = edgeStart[0]; i < edgeStart[1]; i++) queue[tail++] = edgeTarget[i];
        while (head < tail) {
            int u = queue[head++];
            for (int i = edgeStart[u]; i < edgeStart[u + 1]; i++) {
                char c = edgeChar[i];
                int v = edgeTarget[i];
                int f = fail[u];
                int t;
                while ((t = next(f, c)) < 0) f = fail[f];
                fail[v] = t;
                outLink[v] = keywordOf[t] >= 0 ? t : outLink[t];
                queue[tail++] = v;
            }
        }
    }

    List<String> keywords() {
        return keywords;
    }

    /** The state after reading {@code c} in state {@code s} without falling back, or -1 (the root never fails). */
    private int next(int s, char c) {
        if (s == 0) return rootNext[c];
        int lo = edgeStart[s], hi = edgeStart[s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) lo = mid + 1;
            else if (m > c) hi = mid - 1;
            else return edgeTarget[mid];
        }
        return -1;
    }

    /** Reports every keyword occurrence in {@code text}, by end offset, longer ones first at the same end. */
    void scan(CharSequence text, MatchSink sink) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int t;
            while ((t = next(s, c)) < 0) s = fail[s];
            s = t;
            for (int o = keywordOf[s] >= 0 ? s : outLink[s]; o != 0; o = outLink[o]) {
                sink.match(i - depth[o] + 1, i, keywordOf[o]);
            }
        }
    }
}
