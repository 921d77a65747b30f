package org.paperkg.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.paperkg.corpus.CorpusInput;
import org.paperkg.corpus.PaperRecord;
import org.paperkg.corpus.RecordSink;
import org.paperkg.corpus.SkippedRecord;
import org.paperkg.store.KgStore;

/** Generated corpora for the build tests (from the seed records, so extraction has real findings) and store dumps. */
final class BuildFixtures {
    private BuildFixtures() {
    }

    /** The (good) seed records, each written {@code copies} times under distinct arXiv ids, as arXiv JSON Lines. */
    static Path seedCopiesJsonl(Path file, int copies) throws IOException {
        List<PaperRecord> seeds = new ArrayList<>();
        CorpusInput.read(List.of(Path.of("seeds")), new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
                seeds.add(record);
            }

            @Override
            public void skipped(SkippedRecord skipped) {
                // the seeds hold one deliberately incomplete record; only the good ones are copied
            }
        });
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (int c = 0; c < copies; c++) {
                for (PaperRecord r : seeds) {
                    ObjectNode o = json.createObjectNode();
                    o.put("id", String.format("2401.%05d", ++n));
                    o.put("title", r.title() == null ? "Untitled " + n : r.title());
                    o.put("abstract", r.abstractText());
                    o.put("update_date", "2024-01-15");
                    w.write(json.writeValueAsString(o));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    /** Every quad of the store as sorted N-Quads lines: equal lists mean equal stores. */
    static List<String> sortedQuads(KgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset(), Lang.NQUADS));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }
}
