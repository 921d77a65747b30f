package org.paperkg.vocab;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.paperkg.extract.EntityType;

/**
 * The vocabulary's entries in a binary form, made from the Turtle at build time (Maven's process-classes phase runs
 * {@link #main}) so that a command need not parse 2 MB of Turtle on its way to the first extraction: in a fresh JVM
 * that parse is about 1.6 s of CPU, on the critical path of every build, including the incremental one.
 *
 * <p>The Turtle stays the source: the file carries the checksum of the bytes it was made from ({@code index.txt}
 * and every file it lists, in order), and a reader that computes another checksum, or meets a file it cannot read,
 * gets nothing back and parses the Turtle instead. A stale binary can therefore cost time, never give other entries.
 */
public final class CompiledVocabulary {
    /** File name beside {@code index.txt}. */
    public static final String FILE = "vocabulary.bin";
    private static final int MAGIC = 0x504b4756; // "PKGV"
    private static final int VERSION = 1;

    private CompiledVocabulary() {
    }

    /**
     * Writes {@value #FILE} into a vocabulary directory (the build's copy under {@code target/classes}), from the
     * Turtle files its {@code index.txt} lists.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: CompiledVocabulary VOCAB_DIR");
        Path dir = Path.of(args[0]);
        VocabularySources sources = VocabularySources.read(dir);
        List<VocabEntry> entries = sources.parseTurtle();
        Path tmp = dir.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(entries, sources.checksum(), out);
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Checksum of the Turtle sources, in order; each one's length is mixed in so that bytes cannot move between files. */
    static long checksum(List<byte[]> sources) {
        CRC32C crc = new CRC32C();
        long total = 0;
        for (byte[] b : sources) {
            crc.update(b);
            crc.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            total += b.length;
        }
        return (total << 32) ^ crc.getValue();
    }

    /** Writes entries in order; sets are written sorted, so the same entries give the same bytes. */
    static void write(List<VocabEntry> entries, long checksum, OutputStream sink) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(checksum);
        out.writeInt(entries.size());
        for (VocabEntry e : entries) {
            writeString(out, e.id());
            writeString(out, e.type().name());
            writeString(out, e.prefLabel());
            writeStrings(out, e.altLabels());
            writeStrings(out, e.broader());
            writeString(out, e.source());
            writeStrings(out, new TreeSet<>(e.flags()));
            writeStrings(out, new TreeSet<>(e.caseLabels()));
        }
        out.flush();
    }

    /**
     * The entries of a compiled file made from sources with {@code checksum}; empty when the file was made from
     * other sources, by another version of this format, or is cut short or damaged.
     */
    static Optional<List<VocabEntry>> read(InputStream source, long checksum) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != checksum) return Optional.empty();
            int n = in.readInt();
            if (n < 0) return Optional.empty();
            List<VocabEntry> entries = new ArrayList<>(Math.min(n, 1 << 20));
            for (int i = 0; i < n; i++) {
                String id = readString(in);
                EntityType type = EntityType.valueOf(readString(in));
                String pref = readString(in);
                List<String> alts = readStrings(in);
                List<String> broader = readStrings(in);
                String src = readString(in);
                Set<String> flags = new HashSet<>(readStrings(in));
                Set<String> caseLabels = new HashSet<>(readStrings(in));
                entries.add(new VocabEntry(id, type, pref, alts, broader, src, flags, caseLabels));
            }
            if (in.read() != -1) return Optional.empty(); // more than it says: not a file this writer made
            return Optional.of(entries);
        } catch (EOFException | IllegalArgumentException e) {
            return Optional.empty(); // cut short, an unknown type name, or a length out of range
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeStrings(DataOutputStream out, Collection<String> l) throws IOException {
        out.writeInt(l.size());
        for (String s : l) writeString(out, s);
    }

    private static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0 || len > 1 << 20) throw new IllegalArgumentException("string length " + len);
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 16) throw new IllegalArgumentException("list length " + n);
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(readString(in));
        return l;
    }
}
