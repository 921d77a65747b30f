package org.paperkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperkg.build.Pipelines;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.extract.EntityType;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextField;

/**
 * Linking on its own: one IRI per real-world entity across papers whatever the surface form, every form kept as an
 * alias, the family link kept, and names of different types kept apart.
 */
class LinkerTest {
    private static final Linker LINKER = Pipelines.standardLinker();

    private static Mention mention(EntityType type, String text, String canonical) {
        return new Mention(type, text, TextField.ABSTRACT, 0, text.length(), canonical, "test", 0.9);
    }

    private static LinkedPaper paper(String id, String abstractText) {
        PaperRecord r = new PaperRecord(id, "t.txt", 1, "A title", abstractText, null, List.of(), null, null, null, List.of());
        return Pipelines.standardBuilder(0).process(r);
    }

    @Test
    void spellingsOfOneVocabularyModelAcrossPapersAreOneEntityWithEveryFormKept() {
        List<LinkedPaper> papers = List.of(
                paper("p1", "We fine-tune ResNet50 on ImageNet."),
                paper("p2", "Our accelerator runs ResNet-50 at 30 fps."),
                paper("p3", "Compared with resnet-50, our model is smaller."));
        Set<String> iris = papers.stream().flatMap(p -> p.mentions().stream())
                .filter(lm -> lm.mention().text().toLowerCase().startsWith("resnet"))
                .map(lm -> lm.entity().iri()).collect(Collectors.toSet());
        assertEquals(1, iris.size(), "one entity for ResNet50, ResNet-50 and resnet-50: " + iris);
        String resnet50 = iris.iterator().next();

        EntityRegistry registry = new EntityRegistry(LINKER.catalog());
        papers.forEach(registry::addPaper);
        EntityRegistry.EntityInfo info = registry.entities().stream().filter(e -> e.iri().equals(resnet50)).findFirst().orElseThrow();
        assertEquals(3, info.papers());
        assertEquals(EntityType.MODEL, info.type());
        Set<String> names = new java.util.HashSet<>(info.altLabels());
        names.add(info.label());
        assertTrue(names.containsAll(Set.of("ResNet50", "ResNet-50", "resnet-50")), "every written form kept: " + names);
        assertTrue(info.broader().stream().anyMatch(b -> b.endsWith("/resnet")), "a variant of ResNet: " + info.broader());
    }

    @Test
    void namesTheVocabularyDoesNotKnowLinkByTheirKeyAndTheirType() {
        String a = LINKER.resolve(mention(EntityType.MODEL, "FooNet-7", null)).iri();
        assertEquals(a, LINKER.resolve(mention(EntityType.MODEL, "foonet 7", null)).iri());
        assertEquals(a, LINKER.resolve(mention(EntityType.MODEL, "FOONET7", null)).iri());
        assertNotEquals(a, LINKER.resolve(mention(EntityType.DATASET, "FooNet-7", null)).iri(), "a dataset of that name is another entity");
        assertNotEquals(a, LINKER.resolve(mention(EntityType.MODEL, "FooNet-8", null)).iri());
    }

    @Test
    void anAcronymResolvedToItsExpansionLinksToTheExpansionsEntity() {
        String expanded = LINKER.resolve(mention(EntityType.METHOD, "knowledge distillation", null)).iri();
        assertEquals(expanded, LINKER.resolve(mention(EntityType.METHOD, "KD", "knowledge distillation")).iri());
        assertEquals(expanded, LINKER.resolve(mention(EntityType.METHOD, "Knowledge Distillation", null)).iri());
    }
}
