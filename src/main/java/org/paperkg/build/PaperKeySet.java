package org.paperkg.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The paper keys a build has seen (and the IRIs of the entities it merged into the store mid-build, for their
 * count), held as 64-bit hashes in one open-addressing table: about 16 bytes a paper
 * (40 MB for the 2.5 million papers of the full arXiv snapshot) instead of a String and its set entry (~120 bytes).
 * Two distinct keys sharing a hash would make the second look like a duplicate of the first; with 64 bits the chance
 * among 2.5 million papers is about 2e-7.
 */
final class PaperKeySet {
    /** 0 marks an empty slot; a key hashing to 0 is stored as this instead. */
    private static final long ZERO_STANDIN = 0x9E3779B97F4A7C15L;
    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the key; true when it was not there yet. */
    boolean add(String key) {
        long h = hash(key);
        if (size * 2 >= slots.length) grow();
        if (!insert(slots, h)) return false;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) return false;
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) if (h != 0) insert(slots, h);
    }

    static long hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
            return h == 0 ? ZERO_STANDIN : h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "PaperKeySet[" + size + " of " + slots.length + "]";
    }
}
