package org.paperkg.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads corpus files and folders into a {@link RecordSink}, streaming.
 * <ul>
 *   <li>A folder is read recursively, entries sorted by name at each level; names starting with "." are ignored.</li>
 *   <li>gzip is recognised by its magic bytes (not the name) and decompressed on the fly.</li>
 *   <li>The format is sniffed from the first {@link CorpusFormat#SNIFF_BYTES} bytes; content of no known format
 *       (empty, binary, anything else) is reported as one {@link SkippedRecord} for the whole file (line 0).</li>
 *   <li>Text is UTF-8; invalid bytes become U+FFFD instead of failing.</li>
 *   <li>A file that cannot be opened or breaks while being read (e.g. a truncated .gz) is reported as skipped;
 *       the records delivered before the break stay delivered. Nothing is thrown.</li>
 * </ul>
 * Records carry the file name as {@link PaperRecord#source()}; whole-file problems name the path.
 */
public final class CorpusInput {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private CorpusInput() {}

    /** Reads every input (file or folder) in the order given, folders recursively in sorted order. */
    public static void read(List<Path> inputs, RecordSink sink) {
        for (Path input : inputs) {
            for (Path file : files(input, sink)) {
                readFile(file, sink);
            }
        }
    }

    /**
     * Every file the inputs hold, in the order {@link #read} reads them, for a look ahead at the input (its size, its
     * line count). What cannot be listed is left out: the read itself reports it.
     */
    public static List<Path> files(List<Path> inputs) {
        RecordSink ignore = new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
            }

            @Override
            public void skipped(SkippedRecord skipped) {
            }
        };
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) out.addAll(files(input, ignore));
        return out;
    }

    /**
     * The files an input stands for, in reading order: the input itself when it is a file, else every
     * non-hidden regular file below it, sorted by name at each level. Problems listing a folder are reported.
     */
    public static List<Path> files(Path input, RecordSink sink) {
        List<Path> out = new ArrayList<>();
        if (!Files.exists(input)) {
            sink.skipped(new SkippedRecord(input.toString(), 0, null, "no such file or folder"));
        } else if (Files.isDirectory(input)) {
            collect(input, out, new HashSet<>(), sink);
        } else {
            out.add(input);
        }
        return out;
    }

    private static void collect(Path dir, List<Path> out, Set<Path> visited, RecordSink sink) {
        try {
            if (!visited.add(dir.toRealPath())) return; // a symlink loop
        } catch (IOException e) {
            sink.skipped(new SkippedRecord(dir.toString(), 0, null, "cannot resolve folder", describe(e)));
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            sink.skipped(new SkippedRecord(dir.toString(), 0, null, "cannot list folder", describe(e)));
            return;
        }
        for (Path p : entries) {
            if (Files.isDirectory(p)) collect(p, out, visited, sink);
            else if (Files.isRegularFile(p)) out.add(p);
        }
    }

    /**
     * A file's bytes, gunzipped when they start with the gzip magic (whatever the file is called). For the readers
     * here and for the tools that read corpus or list files line by line (vocabulary and lexicon generators, bench).
     */
    public static InputStream openContent(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            return gzipMagic(b1, b2) ? new GZIPInputStream(in, 64 * 1024) : in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** Whether a file starts with the gzip magic: whether {@link #openContent} gunzips it. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return gzipMagic(in.read(), in.read());
        }
    }

    private static boolean gzipMagic(int b1, int b2) {
        return b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2;
    }

    /** A file's text, UTF-8, line by line; gzip is read transparently ({@link #openContent}). */
    public static BufferedReader openLines(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(openContent(file), StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Reads one file (plain or gzip) of whatever format it turns out to be. */
    public static void readFile(Path file, RecordSink sink) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String where = file.toString();
        try (InputStream opened = openContent(file)) {
            InputStream content = opened;
            // The head is read chunk by chunk, unbuffered, so a file that breaks inside it (a small truncated .gz)
            // still yields every byte that came before the break.
            byte[] head = new byte[CorpusFormat.SNIFF_BYTES];
            int n = 0;
            IOException headBreak = null;
            try {
                for (int r; n < head.length && (r = content.read(head, n, head.length - n)) >= 0; ) n += r;
            } catch (IOException e) {
                headBreak = e;
                // A line cut by the break is not a record (as when the break comes later): keep whole lines only.
                while (n > 0 && head[n - 1] != '\n') n--;
            }
            InputStream headBytes = new java.io.ByteArrayInputStream(head, 0, n);
            content = headBreak != null ? headBytes : new java.io.SequenceInputStream(headBytes, content);
            head = java.util.Arrays.copyOf(head, n);
            CorpusFormat.Sniff sniff = CorpusFormat.sniff(decode(head), containsNul(head));
            if (sniff.format() == null) {
                if (headBreak != null && n == 0) throw headBreak;
                sink.skipped(new SkippedRecord(where, 0, null, sniff.problem(), sniff.detail()));
                if (headBreak != null) reportBreak(where, 0, headBreak, sink);
                return;
            }
            LineNumberReader reader = new LineNumberReader(
                    new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
            try {
                sniff.format().reader().read(name, reader, sink);
                if (headBreak != null) reportBreak(where, reader.getLineNumber(), headBreak, sink);
            } catch (IOException e) {
                reportBreak(where, reader.getLineNumber(), e, sink);
            }
        } catch (NoSuchFileException e) {
            sink.skipped(new SkippedRecord(where, 0, null, "no such file"));
        } catch (IOException e) {
            sink.skipped(new SkippedRecord(where, 0, null, "cannot read file", describe(e)));
        }
    }

    private static void reportBreak(String where, long linesRead, IOException e, RecordSink sink) {
        sink.skipped(new SkippedRecord(where, linesRead + 1, null,
                "file truncated or damaged (records before the break were kept)",
                "reading stopped after line " + linesRead + ": " + describe(e)));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) if (b == 0) return true;
        return false;
    }

    static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
