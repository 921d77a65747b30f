package org.paperkg.eval.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GsapNerReaderTest {

    @Test
    void readsEveryRecordWithMentionsAtTheirOffsets() {
        Fixtures.Collected c = Fixtures.gsap("gsap-mini.jsonl");
        assertEquals(List.of(), c.skipped);
        assertEquals(2, c.records.size());
        AnnotatedAbstract first = c.records.get(0);
        assertEquals("mini-01.txt|text_unit_0", first.id());
        assertEquals(1, first.line());
        assertEquals(11, first.mentions().size());
        for (AnnotatedAbstract r : c.records) {
            for (SpanMention m : r.mentions()) {
                assertEquals(m.text(), r.text().substring(m.start(), m.end()));
                assertEquals(SpanMention.NO_CLUSTER, m.cluster());
            }
        }
        SpanMention mbert = first.mentions().get(2);
        assertEquals("mBERT", mbert.text());
        assertEquals("MLModel", mbert.label());
        assertEquals(46, mbert.start());
        assertEquals(2, c.records.get(1).line());
    }

    @Test
    void aRecordWhoseOffsetsMissItsMentionIsSkippedWithFileLineAndIdAndTheRestIsRead() {
        Fixtures.Collected c = Fixtures.gsap("gsap-with-bad-records.jsonl");
        assertEquals(List.of("mini-01.txt|text_unit_0", "mini-02.txt|text_unit_0"), c.records.stream().map(AnnotatedAbstract::id).toList());
        assertEquals(4, c.records.get(1).line());
        assertEquals(2, c.skipped.size(), c.skipped.toString());
        assertTrue(c.skipped.get(0).startsWith("gsap-with-bad-records.jsonl:2 (record mini-bad.txt|text_unit_0): entity 1: offsets"),
                c.skipped.get(0));
        assertTrue(c.skipped.get(0).contains("not \"CIFAR-10\""), c.skipped.get(0));
        assertTrue(c.skipped.get(1).startsWith("gsap-with-bad-records.jsonl:3: not JSON"), c.skipped.get(1));
    }

    @Test
    void offsetsOutsideTheTextAndMissingFieldsAreNamed() {
        Fixtures.Collected c = new Fixtures.Collected();
        GsapNerReader.read(new StringReader("""
                {"id": "a", "text": "short", "entities": [{"start": 2, "end": 9, "label": "Task"}]}
                {"id": "b", "text": "short", "entities": [{"start": 0, "label": "Task"}]}
                {"text": "no id"}
                """), "t.jsonl", c);
        assertEquals(List.of(
                "t.jsonl:1 (record a): entity 0: offsets 2-9 outside the text (length 5)",
                "t.jsonl:2 (record b): entity 0: no integer \"end\"",
                "t.jsonl:3: no string field \"id\""), c.skipped);
        assertEquals(List.of(), c.records);
    }
}
