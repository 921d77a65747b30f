package org.paperkg.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;

/**
 * Measures the text stage on real abstracts, one thread, in CPU time of that thread (the machine may be busy):
 * <pre>java -cp target/paperkg.jar org.paperkg.text.TextBenchmark CORPUS.jsonl.gz [N]</pre>
 * Prints abstracts per CPU-second for clean-up, sentence detection, tokenisation and POS tagging, each over the same
 * N abstracts (default 5,000) after a warm-up pass.
 */
public final class TextBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TextBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TextBenchmark CORPUS.jsonl[.gz] [N]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        List<String> raw = abstracts(Path.of(args[0]), n);
        List<String> clean = raw.stream().map(TextCleaner::clean).toList();
        List<List<TextSpan>> sentences = clean.stream().map(t -> List.copyOf(SentenceSplitter.sentences(t))).toList();
        System.out.printf("%d abstracts, %d sentences%n", raw.size(), sentences.stream().mapToInt(List::size).sum());
        measure("clean-up", raw, t -> TextCleaner.clean(t).length());
        // a fresh String each time, so the per-thread cache of the last text does not answer
        measure("sentences", clean, t -> SentenceSplitter.sentences(new String(t)).size());
        measure("sentences+tokens", clean, t -> {
            int k = 0;
            for (TextSpan s : SentenceSplitter.sentences(new String(t))) k += SentenceSplitter.tokens(t, s).size();
            return k;
        });
        measure("sentences+tokens+POS", clean, t -> {
            int k = 0;
            for (TextSpan s : SentenceSplitter.sentences(new String(t))) {
                k += SentenceSplitter.posTags(t, SentenceSplitter.tokens(t, s)).length;
            }
            return k;
        });
    }

    private static void measure(String what, List<String> texts, ToIntFunction<String> work) {
        long sink = 0;
        for (String t : texts) sink += work.applyAsInt(t); // warm-up
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (String t : texts) sink += work.applyAsInt(t);
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("%-22s %8.0f abstracts/CPU-s  (%.3f ms each; wall %.1f s)  [%d]%n",
                what, texts.size() / cpu, 1000 * cpu / texts.size(), wall, sink % 10);
    }

    /** The abstracts of the first {@code n} records of a JSON Lines corpus (plain or .gz), as written. */
    public static List<String> abstracts(Path file, int n) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                if (!line.isBlank()) out.add(json.readTree(line).path("abstract").asText(""));
            }
        }
        return out;
    }
}
