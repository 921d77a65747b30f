package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.VocabularyExtractor;

class PipelinesTest {

    /** The vocabulary loads on its own thread; the pipeline still runs the extractors in the order that decides output. */
    @Test
    void preparedPipelineKeepsItsOrderAndOneVocabulary() {
        Pipelines.prepare();
        Pipelines.prepare(); // harmless twice
        List<Extractor> ex = Pipelines.standardPipeline().extractors();
        assertEquals(List.of("vocabulary", "enumeration", "model-variant", "context-name", "proposal", "acronym",
                "numeric-result", "relation-cue"), ex.stream().map(Extractor::name).toList());
        VocabularyExtractor vocabulary = (VocabularyExtractor) ex.get(0);
        assertTrue(vocabulary.vocabulary().size() >= 5000, "vocabulary size " + vocabulary.vocabulary().size());
        assertSame(Pipelines.standardPipeline(), Pipelines.standardPipeline());
    }
}
