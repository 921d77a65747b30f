package org.paperkg.eval.external;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PtbDetokenizerTest {

    private static String text(String... tokens) {
        return PtbDetokenizer.detokenize(List.of(tokens)).text();
    }

    @Test
    void bracketEscapesAndPunctuationAttachWhereTheyWereWritten() {
        assertEquals("a conditional random field (CRF) [1], reaches 90% F1.",
                text("a", "conditional", "random", "field", "-LRB-", "CRF", "-RRB-", "-LSB-", "1", "-RSB-", ",",
                        "reaches", "90", "%", "F1", "."));
    }

    @Test
    void quotesOpenAndCloseIncludingTheDoubledCloseQuoteUsedAsAnOpener() {
        assertEquals("called \"Amorph\".", text("called", "``", "Amorph", "''", "."));
        assertEquals("using \"car\" category", text("using", "''", "car", "''", "category"));
    }

    @Test
    void cliticsJoinTheWordBeforeThem() {
        assertEquals("BERT's baselines don't help the classifiers' scores",
                text("BERT", "'s", "baselines", "do", "n't", "help", "the", "classifiers", "'", "scores"));
    }

    @Test
    void splitHyphenRejoinsButAClauseDashStaysSpaced() {
        assertEquals("3-D scans -- unlike BERT", text("3", "--", "D", "scans", "--", "unlike", "BERT"));
    }

    @Test
    void everyTokenMapsToTheCharactersItBecame() {
        List<String> tokens = List.of("We", "train", "-LRB-", "CRF", "-RRB-", "on", "``", "NER", "''", "data", "'s", "3", "--", "D", ".");
        PtbDetokenizer.Detokenized d = PtbDetokenizer.detokenize(tokens);
        assertEquals("We train (CRF) on \"NER\" data's 3-D.", d.text());
        List<String> covered = List.of("We", "train", "(", "CRF", ")", "on", "\"", "NER", "\"", "data", "'s", "3", "-", "D", ".");
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(covered.get(i), d.text().substring(d.start()[i], d.end()[i]), "token " + i);
        }
        assertEquals("(CRF)", d.text().substring(d.charStart(2), d.charEnd(4)));
    }
}
