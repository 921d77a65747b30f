package org.paperkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link CorpusFormat#DAILY_PAPERS}: the text of a "Daily Papers" listing page. Each record is
 * <pre>
 * Title line
 * abstract (usually one line; several non-blank lines are joined with "\n")
 *   • 8 authors
 * ·
 * Mar 19, 2024 [upvotes]      (or "Jan 14" with no year, read as the xsd:gMonthDay --01-14)
 * </pre>
 * with blank lines anywhere in between. Records are recognised by structure: the author-count line closes a
 * block of non-blank lines whose last line(s) are the abstract (prose) and whose preceding short line is the
 * title. Short lines that belong to no record (page chrome such as "Subscribe" or a lone page date) are
 * ignored; prose that belongs to no complete record (a title and abstract with no author/date block, or a dump
 * cut mid-record) is reported as skipped. Skipped records take no position: ids are
 * {@code <first three characters of the file name>-<position among the records read>}, from 01.
 */
public final class DailyPapersReader implements CorpusReader {

    static final Pattern AUTHOR_LINE = Pattern.compile("^\\s*\u2022\\s*(\\d+)\\s+authors?\\s*$");
    static final String DOT_LINE = "\u00B7";
    static final Pattern DATE_LINE = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?(?:\\s+(\\d{1,7}))?$");
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private record Line(long no, String text) {}

    /** Date and upvotes parsed from a date line. */
    record DateLine(String date, Integer upvotes) {}

    private enum State { BLOCK, AWAIT_DOT, AWAIT_DATE }

    @Override
    public void read(String source, BufferedReader in, RecordSink sink) throws IOException {
        List<Line> pending = new ArrayList<>();
        State state = State.BLOCK;
        Integer authorCount = null;
        long authorLineNo = 0;
        int position = 0;
        long lineNo = 0;
        String raw;
        while ((raw = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && raw.startsWith("\uFEFF")) raw = raw.substring(1);
            String t = raw.strip();
            if (t.isEmpty()) continue;
            boolean reprocess;
            do {
                reprocess = false;
                switch (state) {
                    case BLOCK -> {
                        Matcher m = AUTHOR_LINE.matcher(t);
                        if (m.matches()) {
                            authorCount = parseCount(m.group(1));
                            authorLineNo = lineNo;
                            state = State.AWAIT_DOT;
                        } else {
                            pending.add(new Line(lineNo, t));
                        }
                    }
                    case AWAIT_DOT -> {
                        if (t.equals(DOT_LINE)) {
                            state = State.AWAIT_DATE;
                        } else {
                            failBlock(source, pending, sink, "expected \"" + DOT_LINE + "\" after the author count line",
                                    "line " + authorLineNo + ", found \"" + AbstractLinesReader.preview(t) + "\"");
                            pending.clear();
                            state = State.BLOCK;
                            reprocess = true;
                        }
                    }
                    case AWAIT_DATE -> {
                        DateLine d = parseDateLine(t);
                        if (d == null) {
                            failBlock(source, pending, sink, "expected a date line (e.g. \"Mar 19, 2024\") after the author count",
                                    "line " + authorLineNo + ", found \"" + AbstractLinesReader.preview(t) + "\"");
                            reprocess = true;
                        } else {
                            Block b = splitBlock(source, pending, sink);
                            if (b != null) {
                                position++;
                                sink.accept(new PaperRecord(CorpusReader.seedRecordId(source, position), source,
                                        b.titleLine, b.title, b.abstractText, null, null, authorCount, d.date(),
                                        d.upvotes(), null));
                            }
                        }
                        pending.clear();
                        state = State.BLOCK;
                    }
                }
            } while (reprocess);
        }
        switch (state) {
            case AWAIT_DOT, AWAIT_DATE -> failBlock(source, pending, sink,
                    "the file ends inside the record's author/date block", "author count at line " + authorLineNo);
            case BLOCK -> reportOrphans(source, pending, pending.size(), sink,
                    "the file ends mid-record: title and abstract with no author/date block");
        }
    }

    private record Block(long titleLine, String title, String abstractText) {}

    /**
     * Splits the lines before an author/date block into [chrome or orphans…, title, abstract…]. Orphan prose
     * before the title is reported; returns null (after reporting) when there is no title + abstract.
     */
    private static Block splitBlock(String source, List<Line> pending, RecordSink sink) {
        if (pending.isEmpty()) {
            sink.skipped(new SkippedRecord(source, 0, null, "author/date block with no title or abstract before it"));
            return null;
        }
        int n = pending.size();
        int titleIdx = n - 2;
        while (titleIdx >= 0 && isProse(pending.get(titleIdx).text())) titleIdx--;
        if (titleIdx < 0) {
            reportOrphans(source, pending, n, sink, "abstract with no title line before it");
            return null;
        }
        reportOrphans(source, pending, titleIdx, sink, "title and abstract with no author/date block");
        StringBuilder abs = new StringBuilder();
        for (int i = titleIdx + 1; i < n; i++) {
            if (abs.length() > 0) abs.append('\n');
            abs.append(pending.get(i).text());
        }
        Line title = pending.get(titleIdx);
        return new Block(title.no(), title.text(), abs.toString());
    }

    /** The whole pending block cannot be a record: report it (if it holds prose) with the given reason. */
    private static void failBlock(String source, List<Line> pending, RecordSink sink, String reason, String detail) {
        if (pending.isEmpty()) {
            sink.skipped(new SkippedRecord(source, 0, null, reason, detail));
            return;
        }
        int n = pending.size();
        int titleIdx = n - 2;
        while (titleIdx >= 0 && isProse(pending.get(titleIdx).text())) titleIdx--;
        if (titleIdx >= 0) {
            reportOrphans(source, pending, titleIdx, sink, "title and abstract with no author/date block");
        }
        Line first = pending.get(Math.max(titleIdx, 0));
        String title = titleIdx >= 0 ? "title \"" + AbstractLinesReader.preview(first.text()) + "\"; " : "";
        sink.skipped(new SkippedRecord(source, first.no(), null, reason, title + detail));
    }

    /**
     * Reports every run of prose lines among pending[0..end) as a record that could not be read; short lines
     * that are not followed by prose are page chrome and are ignored.
     */
    private static void reportOrphans(String source, List<Line> pending, int end, RecordSink sink, String reason) {
        int i = 0;
        while (i < end) {
            if (!isProse(pending.get(i).text())) {
                i++;
                continue;
            }
            Line title = i > 0 && !isProse(pending.get(i - 1).text()) ? pending.get(i - 1) : null;
            long start = title != null ? title.no() : pending.get(i).no();
            while (i < end && isProse(pending.get(i).text())) i++;
            String t = title != null ? "title \"" + AbstractLinesReader.preview(title.text()) + "\"" : null;
            sink.skipped(new SkippedRecord(source, start, null, reason, t));
        }
    }

    /** Abstract text rather than a title or page chrome: long, or a sentence of several words ending in a period. */
    static boolean isProse(String line) {
        if (line.length() >= 200) return true;
        return line.endsWith(".") && line.split("\\s+").length >= 8;
    }

    /** Parses "Mar 19, 2024", "Jan 14", "Mar 21, 2024 3", "Apr 13 2"; null when the line is not a date line. */
    static DateLine parseDateLine(String line) {
        Matcher m = DATE_LINE.matcher(line.strip());
        if (!m.matches()) return null;
        int month = MONTHS.indexOf(m.group(1)) + 1;
        int day = Integer.parseInt(m.group(2));
        String date;
        try {
            if (m.group(3) != null) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), month, day).toString();
            } else {
                MonthDay.of(month, day);
                date = String.format("--%02d-%02d", month, day);
            }
        } catch (DateTimeException e) {
            return null;
        }
        Integer upvotes = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        return new DateLine(date, upvotes);
    }

    private static Integer parseCount(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
