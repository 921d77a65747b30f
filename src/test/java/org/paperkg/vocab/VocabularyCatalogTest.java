package org.paperkg.vocab;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.EntityType;
import org.paperkg.link.EntityCatalog;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyCatalogTest {
    static VocabularyCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new VocabularyCatalog(Vocabulary.loadDefault());
    }

    @Test
    void listedVariantKeepsItsFamily() {
        EntityCatalog.Entry e = catalog.find(EntityType.MODEL, "ResNet-50").orElseThrow();
        assertTrue(e.broader().stream().anyMatch(r -> r.label().equals("ResNet")), e.toString());
    }

    @Test
    void unlistedSizeOfAKnownFamilyLinksToIt() {
        // written form and name key (what the registry looks up) give the same entry
        for (String name : new String[]{"OPT-977B", "opt977b"}) {
            EntityCatalog.Entry e = catalog.find(EntityType.MODEL, name).orElseThrow();
            assertEquals("OPT-977B", e.label());
            assertEquals(VocabularyCatalog.FAMILY_RULE, e.source());
            assertEquals("OPT", e.broader().get(0).label());
        }
    }

    @Test
    void nameKeyPrefersTheLongestFamily() {
        EntityCatalog.Entry e = catalog.find(EntityType.MODEL, "llama2977b").orElseThrow();
        assertEquals("Llama 2", e.broader().get(0).label(), e.toString());
    }

    @Test
    void unknownFamiliesAndOtherTypesGetNothing() {
        assertEquals(Optional.empty(), catalog.find(EntityType.MODEL, "Zorbulon-7B"));
        assertEquals(Optional.empty(), catalog.find(EntityType.METHOD, "pruning-2"));
    }
}
