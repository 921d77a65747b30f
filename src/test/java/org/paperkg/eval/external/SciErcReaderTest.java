package org.paperkg.eval.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SciErcReaderTest {

    @Test
    void rebuildsTheAbstractAndTurnsInclusiveDocumentTokenSpansIntoCharacterSpans() {
        Fixtures.Collected c = Fixtures.scierc("scierc-mini.json");
        assertEquals(List.of(), c.skipped);
        assertEquals(2, c.records.size());
        AnnotatedAbstract r = c.records.get(0);
        assertEquals("MINI_2024_1_abs", r.id());
        assertEquals("We present a conditional random field (CRF) tagger for named entity recognition. "
                + "The tagger is called \"NERdy\" and is trained on the CoNLL-2003 corpus. "
                + "It reaches 90% F1 on 3-D scans -- unlike BERT's baselines.", r.text());
        List<String> spans = r.mentions().stream().map(m -> m.label() + ":" + m.text()).toList();
        assertEquals(List.of("Method:conditional random field", "Method:CRF", "Method:conditional random field (CRF) tagger",
                "Task:named entity recognition", "Generic:tagger", "Method:NERdy", "Material:CoNLL-2003 corpus",
                "Metric:F1", "Method:BERT"), spans);
        for (SpanMention m : r.mentions()) assertEquals(m.text(), r.text().substring(m.start(), m.end()));
        assertEquals("Speech recognition [1] is hard. Our HMM doesn't help.", c.records.get(1).text());
        assertEquals("HMM", c.records.get(1).mentions().get(1).text());
    }

    @Test
    void mentionsOfOneCoreferenceClusterShareItsNumberAndOthersHaveNone() {
        AnnotatedAbstract r = Fixtures.scierc("scierc-mini.json").records.get(0);
        SpanMention tagger = r.mentions().get(2), generic = r.mentions().get(4), nerdy = r.mentions().get(5);
        assertNotEquals(SpanMention.NO_CLUSTER, tagger.cluster());
        assertEquals(tagger.cluster(), generic.cluster());
        assertEquals(tagger.cluster(), nerdy.cluster());
        assertEquals(SpanMention.NO_CLUSTER, r.mentions().get(0).cluster());
    }

    @Test
    void aSpanPastTheLastTokenSkipsItsRecordOnly() {
        Fixtures.Collected c = new Fixtures.Collected();
        SciErcReader.read(new StringReader("""
                {"doc_key": "x1", "sentences": [["A", "B", "."]], "ner": [[[1, 3, "Task"]]], "clusters": []}
                {"doc_key": "x2", "sentences": [["A", "B", "."]], "ner": [[[0, 1, "Task"]]], "clusters": []}
                {"doc_key": "x3", "ner": []}
                """), "s.json", c);
        assertEquals(List.of("s.json:1 (record x1): ner span 1-3 outside the 3 tokens",
                "s.json:3 (record x3): no \"sentences\" array"), c.skipped);
        assertEquals(List.of("x2"), c.records.stream().map(AnnotatedAbstract::id).toList());
        assertEquals("A B", c.records.get(0).mentions().get(0).text());
    }
}
