package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTokensTest {

    @Test
    void aSliceOfTheWholeTextsTokensEqualsTokenisingTheRange() {
        String text = "We propose X-Net. It runs 3.2x faster (on A100s), i.e. well; see Qwen2.5-7B/14B.";
        List<TextTokens.Tok> all = TextTokens.tokenize(text, 0, text.length());
        // every range, including ones that cut a token ("X-Ne|t", "3.|2x"): the slice falls back to tokenising
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(TextTokens.tokenize(text, from, to), TextTokens.slice(all, text, from, to), from + ".." + to);
            }
        }
    }

    @Test
    void docTokensAreTokenisedOncePerField() {
        Doc d = TestDocs.doc("A Title", "We propose X. It works.");
        assertEquals(TextTokens.tokenize(d.text(), 0, d.text().length()), d.tokens(TextField.ABSTRACT));
        assertEquals(d.tokens(TextField.ABSTRACT).subList(0, 4), d.tokens(TextField.ABSTRACT, 0, 13));
        assertEquals(List.of(), TestDocs.doc(null, "x").tokens(TextField.TITLE));
    }
}
