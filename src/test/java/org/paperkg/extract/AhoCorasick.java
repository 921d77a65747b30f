package org.paperkg.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The flat-array Aho–Corasick automaton that matched the vocabulary before {@link KeywordTrie} (commit 3faddd0),
 * kept as the tests' reference: it reports every occurrence of every keyword in one pass over every char, so the
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
        int[] kw = new int[cap], dep = new int[cap];
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
                dep[t] = i + 1;
                if (firstChild[s] == 0) firstChild[s] = t;
                else nextSibling[lastChild[s]] = t;
                lastChild[s] = t;
                path[i + 1] = t;
                s = t;
            }
            if (kw[s] < 0) kw[s] = k;
            prev = w;
        }
        // 2. flat, sorted edges, states numbered breadth first: the shallow states, which nearly every char visits,
        // then lie together in memory (numbered as inserted, a scan spent its time waiting for cache misses)
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
        edgeTarget = new int[n - 1];
        int e = 0;
        for (int s = 0; s < n; s++) {
            edgeStart[s] = e;
            for (int child = firstChild[order[s]]; child != 0; child = nextSibling[child]) {
                edgeChar[e] = inChar[child];
                edgeTarget[e] = renumber[child];
                e++;
            }
        }
        edgeStart[n] = e;
        for (int i = edgeStart[0]; i < edgeStart[1]; i++) rootNext[edgeChar[i]] = edgeTarget[i];
        keywordOf = new int[n];
        depth = new int[n];
        for (int s = 0; s < n; s++) {
            keywordOf[s] = kw[order[s]];
            depth[s] = dep[order[s]];
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
