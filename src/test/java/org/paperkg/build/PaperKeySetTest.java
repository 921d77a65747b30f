package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaperKeySetTest {
    @Test
    void remembersEveryKeyAcrossGrowth() {
        PaperKeySet set = new PaperKeySet();
        for (int i = 0; i < 50_000; i++) assertTrue(set.add("arxiv/2401." + i), "first time " + i);
        assertEquals(50_000, set.size());
        for (int i = 0; i < 50_000; i++) assertFalse(set.add("arxiv/2401." + i), "second time " + i);
        assertEquals(50_000, set.size());
        assertTrue(set.add("h/8d85b82103a5ac63"));
    }
}
