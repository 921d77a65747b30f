package org.paperkg.corpus;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The corpus layouts paperkg can read, recognised from the first few KB of content (never from the file name).
 */
public enum CorpusFormat {
    /** One abstract per line, each line starting {@code Abstract:}; no titles (seed files 000–002). */
    ABSTRACT_LINES(AbstractLinesReader::new),
    /** Text dump of a "Daily Papers" listing page: title, abstract, "• N authors", "·", date [upvotes] (seed files 003–004). */
    DAILY_PAPERS(DailyPapersReader::new),
    /** JSON Lines in the arXiv metadata snapshot layout (or the normalized arxiv-daily-cs layout). */
    ARXIV_JSONL(ArxivJsonlReader::new);

    /** How many bytes the sniffer looks at. */
    public static final int SNIFF_BYTES = 32 * 1024;

    private static final Pattern AUTHOR_COUNT_LINE = Pattern.compile("(?m)^\\s*\u2022\\s*\\d+\\s+authors?\\s*$");
    /** The page heading: lets a dump cut before its first complete record still be recognised (and reported). */
    private static final Pattern DAILY_HEADING = Pattern.compile("(?m)^\\s*Daily Papers\\s*$");

    private final Supplier<CorpusReader> readerFactory;

    CorpusFormat(Supplier<CorpusReader> readerFactory) {
        this.readerFactory = readerFactory;
    }

    /** A reader for this format. */
    public CorpusReader reader() {
        return readerFactory.get();
    }

    /** Result of sniffing: the format, or why none fits. Exactly one of the two is non-null. */
    public record Sniff(CorpusFormat format, String problem, String detail) {
        Sniff(CorpusFormat format, String problem) {
            this(format, problem, null);
        }

        public Optional<CorpusFormat> asOptional() {
            return Optional.ofNullable(format);
        }
    }

    /**
     * Recognises the format of a file from the start of its decoded text.
     *
     * @param head      the first characters of the file (up to {@link #SNIFF_BYTES} bytes, decoded as UTF-8 with
     *                  invalid bytes replaced by U+FFFD)
     * @param hasNulByte whether the raw bytes of the head contained a NUL byte (a sure sign of binary content)
     */
    public static Sniff sniff(String head, boolean hasNulByte) {
        if (hasNulByte) return new Sniff(null, "binary content (NUL bytes), not a text corpus");
        if (head.isEmpty()) return new Sniff(null, "empty file");
        int bad = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) bad++;
        }
        if (bad > Math.max(8, head.length() / 20)) {
            return new Sniff(null, "binary content, not a text corpus", bad + " control or undecodable characters in the first "
                    + head.length());
        }
        String firstLine = firstNonBlankLine(head);
        if (firstLine == null) return new Sniff(null, "empty file (only whitespace)");
        if (firstLine.startsWith("{")) return new Sniff(ARXIV_JSONL, null);
        if (firstLine.startsWith("Abstract:")) return new Sniff(ABSTRACT_LINES, null);
        if (AUTHOR_COUNT_LINE.matcher(head).find() || DAILY_HEADING.matcher(head).find()) {
            return new Sniff(DAILY_PAPERS, null);
        }
        String shown = firstLine.length() > 60 ? firstLine.substring(0, 60) + "…" : firstLine;
        return new Sniff(null, "unrecognised corpus format", "first line: \"" + shown + "\"");
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\r?\n|\r", -1)) {
            String t = line.strip();
            if (t.startsWith("\uFEFF")) t = t.substring(1).strip();
            if (!t.isEmpty()) return t;
        }
        return null;
    }
}
