package org.paperkg.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic arXiv JSON Lines corpus of {@code n} distinct papers (ids {@code 9901.NNNNN}) whose abstracts
 * name real vocabulary (models, datasets, hardware) and carry results, so every stage of the build does real work.
 * Seeded: the same n always gives the same file.
 */
final class GeneratedCorpus {
    private static final String[] MODELS = {"ResNet-50", "BERT", "VGG-16", "MobileNetV2", "GPT-2", "YOLOv3", "LSTM"};
    private static final String[] DATASETS = {"ImageNet", "CIFAR-10", "COCO", "SQuAD", "MNIST", "GLUE"};
    private static final String[] HARDWARE = {"FPGA", "Titan X GPU", "Jetson TX2", "TPU", "ARM Cortex-A53 CPU"};

    private GeneratedCorpus() {
    }

    static String arxivId(int i) {
        return String.format("9901.%05d", i);
    }

    static Path write(Path file, int n) throws IOException {
        Random rnd = new Random(n);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String model = MODELS[rnd.nextInt(MODELS.length)];
                String data = DATASETS[rnd.nextInt(DATASETS.length)];
                String hw = HARDWARE[rnd.nextInt(HARDWARE.length)];
                String abs = "We propose Gen" + i + "Net, an accelerator for " + model + " inference evaluated on "
                        + data + ". Implemented on a " + hw + ", it is " + (1 + rnd.nextInt(20)) + "." + rnd.nextInt(10)
                        + "x faster than a CPU baseline and reaches " + (50 + rnd.nextInt(50)) + "% top-1 accuracy.";
                w.write("{\"id\":\"" + arxivId(i) + "\",\"title\":\"Paper number " + i + " on " + model
                        + "\",\"abstract\":\"" + abs + "\",\"authors\":\"A. Author and B. Author\","
                        + "\"categories\":\"cs.LG\",\"update_date\":\"2020-01-01\"}\n");
            }
        }
        return file;
    }
}
