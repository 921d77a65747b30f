package org.paperkg.eval.external;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the hand-made fixtures in src/test/resources/external/ and collects what a reader hands out. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/external/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Reader reader(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/external/" + name);
        if (in == null) throw new IllegalStateException("missing fixture " + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Everything a reader produced: the records and the skip messages. */
    static final class Collected implements CorpusSink {
        final List<AnnotatedAbstract> records = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void accept(AnnotatedAbstract record) {
            records.add(record);
        }

        @Override
        public void skipped(String where, String reason) {
            skipped.add(where + ": " + reason);
        }
    }

    static Collected gsap(String name) {
        Collected c = new Collected();
        GsapNerReader.read(reader(name), name, c);
        return c;
    }

    static Collected scierc(String name) {
        Collected c = new Collected();
        SciErcReader.read(reader(name), name, c);
        return c;
    }
}
