package org.paperkg.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.text.SentenceSplitter;
import org.paperkg.text.TextBenchmark;
import org.paperkg.text.TextCleaner;
import org.paperkg.text.TextSpan;

/**
 * Why the extractors tokenise with {@link TextTokens} and not with OpenNLP's English tokenizer: on real abstracts,
 * how many of the words that carry technical names (letters with digits, hyphens or dots: "Qwen-VL", "ResNet-50",
 * "Kolmogorov-Arnold") the OpenNLP model splits or cuts, and what each tokenizer costs.
 * <pre>java -cp target/paperkg.jar org.paperkg.extract.TokenizerComparison CORPUS.jsonl[.gz] [N]</pre>
 * Sentences and part of speech do come from OpenNLP (SentenceSplitter); names are matched on the whole words.
 */
public final class TokenizerComparison {
    /** A word with a letter and a digit, hyphen, dot, plus, underscore or apostrophe: where names live. */
    private static final Pattern TECHNICAL = Pattern.compile("(?=.*\\p{L})(?=.*[-.+_'\\p{N}]).{3,}");

    private TokenizerComparison() {
    }

    /** Counts over some texts: our tokens, how many OpenNLP gives with the same offsets, technical words, split ones. */
    record Counts(long tokens, long sameInOpenNlp, long technical, long technicalSplit, Set<String> examples) {
    }

    static Counts compare(List<String> texts) {
        long tokens = 0, same = 0, technical = 0, split = 0;
        Set<String> examples = new LinkedHashSet<>();
        for (String t : texts) {
            Set<Long> theirs = new HashSet<>();
            for (TextSpan s : SentenceSplitter.tokens(t, new TextSpan(0, t.length()))) theirs.add(key(s.start(), s.end()));
            for (TextTokens.Tok k : TextTokens.tokenize(t, 0, t.length())) {
                tokens++;
                boolean kept = theirs.contains(key(k.start(), k.end()));
                if (kept) same++;
                if (!TECHNICAL.matcher(k.text()).matches()) continue;
                technical++;
                if (!kept) {
                    split++;
                    if (examples.size() < 25) examples.add(k.text());
                }
            }
        }
        return new Counts(tokens, same, technical, split, examples);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TokenizerComparison CORPUS.jsonl[.gz] [N]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> texts = new ArrayList<>();
        for (String a : TextBenchmark.abstracts(Path.of(args[0]), n)) texts.add(TextCleaner.clean(a));
        Counts c = compare(texts);
        System.out.printf("%d abstracts: %d tokens, %d (%.1f%%) with the same offsets in OpenNLP's%n", texts.size(),
                c.tokens(), c.sameInOpenNlp(), 100.0 * c.sameInOpenNlp() / c.tokens());
        System.out.printf("technical words %d, split or cut by OpenNLP %d (%.1f%%), e.g. %s%n", c.technical(),
                c.technicalSplit(), 100.0 * c.technicalSplit() / Math.max(1, c.technical()), c.examples());
        for (int round = 0; round < 3; round++) { // the first round warms up
            long t0 = System.nanoTime();
            long ours = 0, theirs = 0;
            for (String t : texts) ours += TextTokens.tokenize(t, 0, t.length()).size();
            long t1 = System.nanoTime();
            for (String t : texts) theirs += SentenceSplitter.tokens(t, new TextSpan(0, t.length())).size();
            long t2 = System.nanoTime();
            System.out.printf("round %d: TextTokens %.0f ms (%d tokens), OpenNLP tokenizer %.0f ms (%d tokens)%n", round,
                    (t1 - t0) / 1e6, ours, (t2 - t1) / 1e6, theirs);
        }
    }
}
