package org.paperkg.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.build.GraphBuilder;
import org.paperkg.corpus.CorpusInput;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.RecordSink;
import org.paperkg.corpus.SkippedRecord;

/** Runs the build's extraction and linking over corpus inputs and scores every record that has gold. */
public final class GoldEvaluation {
    private GoldEvaluation() {
    }

    public static EvalReport run(GraphBuilder builder, Path goldFile, List<Path> inputs) {
        Map<String, GoldFile.GoldRecord> gold = GoldFile.read(goldFile);
        Map<String, ExtractedRecord> extracted = new LinkedHashMap<>();
        CorpusInput.read(inputs, new RecordSink() {
            @Override
            public void accept(PaperRecord r) {
                if (gold.containsKey(r.recordId())) {
                    extracted.put(r.recordId(), LinkedPaperAdapter.toRecord(r.recordId(), builder.process(r)));
                }
            }

            @Override
            public void skipped(SkippedRecord s) {
                // Records that cannot be read are reported by the reader's own messages; gold without output counts as misses.
            }
        });
        return new Scorer().score(gold, extracted);
    }
}
