package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocTest {

    @Test
    void sentencesAreSplitOncePerFieldAndMatchTheSplitter() {
        Doc d = TestDocs.doc("A Title: With Colon", "We propose X. It is 3.2x faster than Y et al. report. Done.");
        List<Sentences.Span> text = d.sentences(TextField.ABSTRACT);
        assertEquals(Sentences.split(d.text()), text);
        assertEquals(Sentences.split(d.title()), d.sentences(TextField.TITLE));
        assertSame(text, d.sentences(TextField.ABSTRACT));
        assertSame(d.sentences(TextField.TITLE), d.sentences(TextField.TITLE));
    }

    @Test
    void aMissingTitleHasNoSentences() {
        Doc d = TestDocs.doc(null, "Only an abstract.");
        assertEquals(List.of(), d.sentences(TextField.TITLE));
        assertEquals(1, d.sentences(TextField.ABSTRACT).size());
    }

    @Test
    void equalByContent() {
        assertEquals(TestDocs.doc("T", "A."), TestDocs.doc("T", "A."));
        assertEquals(TestDocs.doc("T", "A.").hashCode(), TestDocs.doc("T", "A.").hashCode());
    }
}
