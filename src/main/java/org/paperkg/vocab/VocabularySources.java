package org.paperkg.vocab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files one vocabulary is made of, read into memory: the Turtle files {@code index.txt} lists (in its order),
 * the stoplist, and the {@link CompiledVocabulary compiled form} when there is one. Reading them from the classpath
 * or from a directory gives the same thing, so both load the same way.
 */
final class VocabularySources {
    private static final Logger LOG = LoggerFactory.getLogger(VocabularySources.class);

    /** Opens one file of the vocabulary by name; null when there is no such file. */
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private final String where;
    private final List<String> names;
    private final List<byte[]> turtle;
    private final Set<String> stoplist;
    private final Opener opener;

    private VocabularySources(String where, Opener opener) throws IOException {
        this.where = where;
        this.opener = opener;
        this.names = Vocabulary.readLines(required(Vocabulary.INDEX));
        this.turtle = new ArrayList<>(names.size());
        for (String f : names) {
            try (InputStream in = required(f)) {
                turtle.add(in.readAllBytes());
            }
        }
        InputStream stop = opener.open(Vocabulary.STOPLIST);
        this.stoplist = stop == null ? Set.of() : new HashSet<>(Vocabulary.readLines(stop));
    }

    /** The vocabulary packaged on the classpath under {@code ontology/vocab/}. */
    static VocabularySources classpath(ClassLoader cl) {
        try {
            return new VocabularySources("classpath:" + Vocabulary.RESOURCE_DIR,
                    name -> cl.getResourceAsStream(Vocabulary.RESOURCE_DIR + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory holding {@code index.txt}, the Turtle files, the stoplist and perhaps the compiled form. */
    static VocabularySources read(Path dir) {
        try {
            return new VocabularySources(dir + "/", name -> {
                Path p = dir.resolve(name);
                return Files.exists(p) ? Files.newInputStream(p) : null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream required(String name) throws IOException {
        InputStream in = opener.open(name);
        if (in == null) throw new IllegalStateException("vocabulary file not found: " + where + name);
        return in;
    }

    Set<String> stoplist() {
        return stoplist;
    }

    long checksum() {
        return CompiledVocabulary.checksum(turtle);
    }

    /** Every entry of the Turtle files, in the index's order. */
    List<VocabEntry> parseTurtle() {
        List<VocabEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entries.addAll(Vocabulary.parse(new ByteArrayInputStream(turtle.get(i)), names.get(i)));
        }
        return entries;
    }

    /** The entries of the compiled form when it was made from exactly these Turtle files; empty otherwise. */
    Optional<List<VocabEntry>> compiledEntries() {
        try (InputStream in = opener.open(CompiledVocabulary.FILE)) {
            if (in == null) return Optional.empty();
            Optional<List<VocabEntry>> entries = CompiledVocabulary.read(in, checksum());
            if (entries.isEmpty()) {
                LOG.warn("{}{} was not made from these Turtle files (or is damaged): parsing the Turtle instead",
                        where, CompiledVocabulary.FILE);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vocabulary: from the compiled form when it is current, else from the Turtle. */
    Vocabulary load() {
        List<VocabEntry> entries = compiledEntries().orElseGet(this::parseTurtle);
        return new Vocabulary(entries, stoplist);
    }
}
