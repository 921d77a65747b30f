package org.paperkg.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech model decoded greedily, left to right, and only as far as the word asked about. The tag of
 * a word then depends on the words around it and on the tags before it, never on the tags after it: a beam of one
 * ({@code POSTaggerME} over a model of beam size 1) chooses each tag from the model's scores given the words and the
 * tags already chosen, keeping the best valid outcome (the first of equal ones). So the tags after the word the caller
 * wants are work thrown away (the name extractor's windows hold up to four words after it); this decoder stops there.
 * The choice per position is the beam search's own (see {@code GreedyPosDecoderTest}, which compares the two on every
 * position of many windows). One instance per thread: the context generator keeps a per-call cache.
 */
final class GreedyPosDecoder {
    private static final Object[] NO_CONTEXT = new Object[0];
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    GreedyPosDecoder(POSModel pos, MaxentModel model, int contextCacheSize) {
        this.model = model;
        this.contexts = pos.getFactory().getPOSContextGenerator(contextCacheSize);
        this.validator = pos.getFactory().getSequenceValidator();
        this.scores = new double[model.getNumOutcomes()];
    }

    /** The tag of {@code words[at]}, decoding {@code words[0..at]} with all of {@code words} as their context. */
    String tagAt(String[] words, int at) {
        if (at < 0 || at >= words.length) throw new IndexOutOfBoundsException("word " + at + " of " + words.length);
        String[] tags = new String[at + 1];
        for (int i = 0; i <= at; i++) {
            // the tags before i as the beam search hands them over: an array of exactly i
            String[] prior = Arrays.copyOf(tags, i);
            double[] s = model.eval(contexts.getContext(i, words, prior, NO_CONTEXT), scores);
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < s.length; o++) {
                if (s[o] > bestScore || best == null && s[o] == bestScore) {
                    String outcome = model.getOutcome(o);
                    if (!validator.validSequence(i, words, prior, outcome)) continue;
                    best = outcome;
                    bestScore = s[o];
                }
            }
            if (best == null) throw new IllegalStateException("no valid tag for word " + i + " of " + Arrays.toString(words));
            tags[i] = best;
        }
        return tags[at];
    }
}
