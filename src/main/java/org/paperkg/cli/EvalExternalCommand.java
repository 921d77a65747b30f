package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.build.Pipelines;
import org.paperkg.eval.external.CorpusSink;
import org.paperkg.eval.external.ExternalEvaluation;
import org.paperkg.eval.external.ExternalReport;
import org.paperkg.eval.external.GsapNerReader;
import org.paperkg.eval.external.SciErcReader;
import org.paperkg.eval.external.TypeMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-external", mixinStandardHelpOptions = true,
        description = "Scores entity extraction on public gold corpora with their documented type mappings "
                + "(docs/QUALITY.md): the GSAP-NER abstracts and the SciERC test split. One table per corpus.")
final class EvalExternalCommand implements Callable<Integer> {
    @Option(names = "--gsap", paramLabel = "FILE",
            description = "GSAP-NER abstracts as JSON Lines (id, text, entities[start, end, label, text]).")
    Path gsap;
    @Option(names = "--scierc", paramLabel = "FILE",
            description = "SciERC processed JSON Lines (doc_key, sentences, ner, clusters), e.g. its test.json.")
    Path scierc;
    @Option(names = "--verbose", description = "Also list misses and false hits per record.")
    boolean verbose;

    @FunctionalInterface
    private interface Reader {
        void read(Path file, CorpusSink sink);
    }

    @Override
    public Integer call() {
        if (gsap == null && scierc == null) throw new UserException("give at least one corpus: --gsap FILE and/or --scierc FILE");
        if (gsap != null) score(gsap, TypeMapping.GSAP_NER, GsapNerReader::read);
        if (scierc != null) score(scierc, TypeMapping.SCIERC, SciErcReader::read);
        return 0;
    }

    private void score(Path file, TypeMapping mapping, Reader reader) {
        if (!Files.isRegularFile(file)) throw new UserException(mapping.corpus() + " file not found: " + file);
        ExternalEvaluation eval = new ExternalEvaluation(mapping, Pipelines.standardBuilder(0), file.getFileName().toString());
        reader.read(file, eval);
        ExternalReport report = eval.report();
        for (String s : report.skipped()) System.err.println(s);
        if (report.records() == 0) throw new UserException("no usable " + mapping.corpus() + " record in " + file);
        System.out.print(verbose ? report.verbose() : report.table());
        System.out.println();
    }
}
