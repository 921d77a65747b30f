package org.paperkg.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.extract.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the vocabulary Turtle files of {@code ontology/vocab/} from the public lists in a corpora directory
 * (PwC methods and datasets, Epoch hardware and models, Wikipedia GPUs, openFPGALoader families, timm models,
 * NLP-TDMS tasks and datasets). Names already in the hand-curated {@code curated.ttl} of the output directory, and
 * names on its {@code stoplist.txt}, are not generated again. Output is sorted, so the same inputs give
 * byte-identical files. Missing source files are skipped.
 */
public final class VocabularyBuilder {
    private static final Set<String> MODEL_COLLECTIONS = Set.of(
            "Convolutional Neural Networks", "Transformers", "Object Detection Models", "Image Models",
            "Vision Transformers", "Language Models", "Autoencoding Transformers", "Autoregressive Transformers",
            "Semantic Segmentation Models", "One-Stage Object Detection Models", "Sequence To Sequence Models",
            "Vision and Language Pre-Trained Models", "Instance Segmentation Models", "Text-to-Speech Models",
            "Generative Audio Models", "Generative Video Models", "3D Object Detection Models", "Point Cloud Models",
            "Face Recognition Models", "Code Generation Transformers", "Question Answering Models",
            "Image Segmentation Models", "Multi-Object Tracking Models", "Face Restoration Models",
            "Speech Separation Models", "Two-Stage Object Detection Models", "Pose Estimation Models",
            "Video Object Segmentation Models", "Image Super-Resolution Models", "Speech Recognition Models",
            "Conditional Image-to-Image Translation Models", "Unpaired Image-to-Image Translation");
    private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*(.*)$");
    private static final Pattern SPLIT_VARIANT = Pattern.compile(
            "(?i).*(\\(|\\)|\\b(test|val|valid|validation|dev|train|training|split|subset|hard|easy|medium)\\b).*");
    private static final Pattern HW_CUT = Pattern.compile(
            "(?i)^(SXM\\d*|PCIe|PCle|NVL|OAM|HGX|\\d+\\s?GB|GB|Mobile|Laptop|Max-Q|Ada|Generation|\\d+W)$");
    private static final Set<String> GPU_BRANDS = Set.of("GeForce", "GeForce2", "GeForce3", "GeForce4", "Radeon",
            "Quadro", "FirePro", "FireGL", "Tesla", "Instinct");
    private static final Set<String> GPU_SERIES = Set.of("GTX", "RTX", "GT", "GTS", "HD", "RX", "R9", "R7", "Pro", "PRO");

    private final Path corpora;
    private final Path out;
    private final Set<String> stopKeys = new HashSet<>();
    /** norm key -> type name of every label already claimed (curated or generated earlier). */
    private final Map<String, EntityType> claimed = new HashMap<>();
    private final Map<String, Draft> byTypeKey = new HashMap<>();
    /** type|norm key -> id of the curated concept holding that label. */
    private final Map<String, String> curatedIds = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<Draft>> files = new TreeMap<>();
    private final Map<String, Integer> lowerFreq = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    /** One concept being generated. */
    static final class Draft {
        String id;
        EntityType type;
        String pref;
        final TreeSet<String> alts = new TreeSet<>();
        final TreeSet<String> broader = new TreeSet<>();
        final TreeSet<String> caseLabels = new TreeSet<>();
        String source;
        boolean noMatch;
    }

    private VocabularyBuilder(Path corpora, Path out) {
        this.corpora = corpora;
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: VocabularyBuilder CORPORA_DIR OUT_DIR");
            System.exit(2);
        }
        build(Path.of(args[0]), Path.of(args[1]));
    }

    /** Reads the lists under {@code corporaDir} and writes the generated-*.ttl files and index.txt into {@code outDir}. */
    public static void build(Path corporaDir, Path outDir) {
        try {
            new VocabularyBuilder(corporaDir, outDir).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run() throws IOException {
        Files.createDirectories(out);
        Path stop = out.resolve(Vocabulary.STOPLIST);
        if (Files.exists(stop)) {
            for (String s : Vocabulary.readLines(Files.newInputStream(stop))) stopKeys.add(Keys.norm(s));
        }
        Path curated = out.resolve("curated.ttl");
        if (Files.exists(curated)) {
            try (InputStream in = Files.newInputStream(curated)) {
                for (VocabEntry e : Vocabulary.parse(in, "curated.ttl")) {
                    ids.add(e.id());
                    for (String l : e.labels()) {
                        claimed.putIfAbsent(Keys.norm(l), e.type());
                        curatedIds.putIfAbsent(e.type() + "|" + Keys.norm(l), e.id());
                    }
                }
            }
        }
        countWords();
        epochHardware();
        wikipediaGpus();
        fpgaFamilies();
        pwcDatasets();
        pwcMethods();
        timm();
        epochModels();
        nlpTdms();
        annotated("scirex/scirex_train_docs.jsonl.gz", "generated-scirex.ttl", "scirex-train", 2);
        annotated("scierc/train.json", "generated-scierc.ttl", "scierc-train", 2);
        write();
    }

    // ---------------------------------------------------------------- common-word statistics

    /** Counts words written in lower case in the arXiv abstracts: names that are common words get case rules. */
    private void countWords() throws IOException {
        Path p = corpora.resolve("arxiv-daily-cs/arxiv_daily_cs_normalized.jsonl.gz");
        if (!Files.exists(p)) return;
        try (BufferedReader r = reader(p)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                String text = n.path("title").asText("") + " " + n.path("abstract").asText("");
                int i = 0, len = text.length();
                while (i < len) {
                    while (i < len && !Character.isLetterOrDigit(text.charAt(i))) i++;
                    int s = i;
                    while (i < len && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i++;
                    if (i > s) {
                        String w = text.substring(s, i);
                        if (!Keys.hasUpper(w)) lowerFreq.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private enum Policy { KEEP, CASE, DROP }

    /**
     * How a generated label made of English words is treated. One word: by how often it is written in lower case.
     * A dataset name of several common words ("Social media", "Hate Speech") names a dataset only where it is written
     * as a title; in sentence case it is indistinguishable from the phrase, so it is dropped.
     */
    private Policy policy(String label, EntityType type) {
        if (type == EntityType.DATASET && label.contains(" ") && !Keys.hasDigit(label)) return phrasePolicy(label);
        if (label.contains(" ") || Keys.hasDigit(label)) return Policy.KEEP;
        int f = lowerFreq.getOrDefault(label.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", ""), 0);
        if (!Keys.hasUpper(label)) return f >= 30 ? Policy.DROP : Policy.KEEP;
        if (f >= 40) return Policy.DROP;
        return f >= 3 ? Policy.CASE : Policy.KEEP;
    }

    private Policy phrasePolicy(String label) {
        boolean titleCase = true;
        for (String w : label.split(" ")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty() || letters.length() <= 3 && !Keys.hasUpper(letters)) continue; // "of", "and"
            if (letters.substring(1).chars().anyMatch(Character::isUpperCase)) return Policy.KEEP; // "DeepMind", "NYU"
            if (lowerFreq.getOrDefault(letters.toLowerCase(Locale.ROOT), 0) < 40) return Policy.KEEP; // a rare word
            if (!Character.isUpperCase(letters.charAt(0))) titleCase = false;
        }
        return titleCase ? Policy.CASE : Policy.DROP;
    }

    // ---------------------------------------------------------------- adding entries

    private static String clean(String s) {
        if (s == null) return "";
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Whether a label may be generated at all. */
    private boolean acceptable(String label) {
        String k = Keys.norm(label);
        if (k.length() < 2 || stopKeys.contains(k)) return false;
        if (k.chars().allMatch(Character::isDigit)) return false;
        if (Keys.letters(label) < 1 || label.length() > 60) return false;
        if (label.split(" ").length > 6) return false;
        if (label.startsWith("_") || label.endsWith("_") || label.contains("__")) return false; // "_Restricted_": markup
        return !label.contains("\"") && !label.contains("\\");
    }

    /**
     * Adds a concept to {@code file}, or merges its labels into an earlier generated concept of the same type that
     * shares a label. Labels claimed by curated entries or by another type are dropped. Returns the draft or null.
     */
    private Draft add(String file, EntityType type, String pref, List<String> alts, String source) {
        List<String> labels = new ArrayList<>();
        labels.add(clean(pref));
        for (String a : alts) labels.add(clean(a));
        Draft existing = null;
        List<String> keep = new ArrayList<>();
        Set<String> caseL = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (String l : labels) {
            if (!acceptable(l)) continue;
            String k = Keys.norm(l);
            Draft d = byTypeKey.get(type + "|" + k);
            if (d != null) {
                if (existing == null) existing = d;
                continue;
            }
            if (claimed.containsKey(k)) continue;
            Policy p = policy(l, type);
            if (p == Policy.DROP) continue;
            if (!seen.add(k)) continue;
            keep.add(l);
            if (p == Policy.CASE) caseL.add(l);
        }
        if (existing != null) {
            if (existing.noMatch || !existing.source.equals(source)) return existing;
            for (String l : keep) {
                existing.alts.add(l);
                byTypeKey.put(type + "|" + Keys.norm(l), existing);
                claimed.put(Keys.norm(l), type);
            }
            existing.caseLabels.addAll(caseL);
            existing.alts.remove(existing.pref);
            return existing;
        }
        if (keep.isEmpty()) return null;
        Draft d = new Draft();
        d.type = type;
        d.pref = keep.get(0);
        d.alts.addAll(keep.subList(1, keep.size()));
        d.caseLabels.addAll(caseL);
        d.source = source;
        d.id = newId(type, d.pref);
        for (String l : keep) {
            byTypeKey.put(type + "|" + Keys.norm(l), d);
            claimed.put(Keys.norm(l), type);
        }
        files.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
        return d;
    }

    /** A hierarchy-only concept (never matched in text), such as a PwC collection. */
    private Draft group(String file, EntityType type, String label, String source) {
        String id = Vocabulary.VOCAB + type.slug() + "/group-" + Keys.slug(label);
        for (Draft d : files.getOrDefault(file, List.of())) if (d.id.equals(id)) return d;
        Draft d = new Draft();
        d.type = type;
        d.pref = clean(label);
        d.source = source;
        d.noMatch = true;
        d.id = id;
        ids.add(id);
        files.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
        return d;
    }

    private String newId(EntityType type, String pref) {
        String base = Vocabulary.VOCAB + type.slug() + "/" + Keys.slug(pref);
        String id = base;
        for (int i = 2; !ids.add(id); i++) id = base + "-" + i;
        return id;
    }

    private static String curatedId(EntityType type, String slug) {
        return Vocabulary.VOCAB + type.slug() + "/" + slug;
    }

    // ---------------------------------------------------------------- hardware

    private static String hwClass(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.contains("GPU") || t.contains("DCU")) return "gpu";
        if (t.equals("TPU")) return "tpu";
        if (t.equals("NPU")) return "npu";
        if (t.equals("LPU")) return "lpu";
        if (t.contains("CPU")) return "cpu";
        if (t.equals("ASIC") || t.startsWith("XPU")) return "ai-accelerator";
        return "ai-accelerator";
    }

    private void epochHardware() throws IOException {
        Path p = corpora.resolve("hardware-gazetteer/epoch_ml_hardware.csv");
        if (!Files.exists(p)) return;
        String file = "generated-hardware.ttl";
        List<Map<String, String>> rows = csv(p);
        rows.sort((a, b) -> a.getOrDefault("Hardware name", "").compareTo(b.getOrDefault("Hardware name", "")));
        for (Map<String, String> row : rows) {
            String name = clean(row.get("Hardware name"));
            if (name.isEmpty()) continue;
            String manu = clean(row.get("Manufacturer"));
            String broaderId = curatedId(EntityType.HARDWARE, hwClass(clean(row.get("Type"))));
            Matcher pm = PAREN.matcher(name);
            String main = pm.matches() ? clean(pm.group(1) + " " + pm.group(3)) : name;
            String stripped = stripManufacturer(main, manu);
            List<String> alts = new ArrayList<>();
            if (!stripped.equals(main) && (Keys.hasDigit(stripped) || stripped.contains(" "))) alts.add(stripped);
            String[] toks = stripped.split(" ");
            int cut = toks.length;
            for (int i = 1; i < toks.length; i++) {
                if (HW_CUT.matcher(toks[i]).matches()) {
                    cut = i;
                    break;
                }
            }
            Draft family = null;
            String familyId = null;
            if (cut < toks.length) {
                String base = String.join(" ", java.util.Arrays.copyOf(toks, cut));
                if (Keys.hasDigit(base)) {
                    String famPref = main.startsWith(stripped) ? base : main.substring(0, main.length() - stripped.length()) + base;
                    family = add(file, EntityType.HARDWARE, famPref, List.of(base), "epoch-hardware");
                    if (family != null) family.broader.add(broaderId);
                    familyId = family != null ? family.id : curatedIds.get(EntityType.HARDWARE + "|" + Keys.norm(base));
                }
            }
            Draft d = add(file, EntityType.HARDWARE, main, alts, "epoch-hardware");
            if (d != null && d != family) d.broader.add(familyId != null ? familyId : broaderId);
        }
    }

    private static String stripManufacturer(String name, String manu) {
        String s = name;
        List<String> prefixes = new ArrayList<>();
        if (!manu.isEmpty()) {
            prefixes.add(manu);
            for (String t : manu.split(" ")) if (t.length() > 2) prefixes.add(t);
        }
        prefixes.addAll(List.of("NVIDIA", "AMD", "Intel", "Google", "AWS", "Amazon", "Huawei", "Baidu", "Habana"));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String pfx : prefixes) {
                if (s.startsWith(pfx + " ") && s.length() > pfx.length() + 2) {
                    s = s.substring(pfx.length() + 1).strip();
                    changed = true;
                }
            }
        }
        return s;
    }

    private void wikipediaGpus() throws IOException {
        Path p = corpora.resolve("hardware-gazetteer/gpu_info_api_wikipedia_gpus.json");
        if (!Files.exists(p)) return;
        String file = "generated-hardware.ttl";
        JsonNode root;
        try (InputStream in = Files.newInputStream(p)) {
            root = json.readTree(in);
        }
        TreeMap<String, String> names = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = clean(e.getValue().path("Model name").asText(""));
            if (name.isEmpty() || name.equals("nan")) continue;
            Matcher pm = PAREN.matcher(name);
            if (pm.matches()) name = clean(pm.group(1) + " " + pm.group(3));
            if (name.contains(",") || name.contains("/") || Character.isDigit(name.charAt(0))) continue;
            names.putIfAbsent(name, clean(e.getValue().path("Vendor").asText("")));
        }
        String gpu = curatedId(EntityType.HARDWARE, "gpu");
        for (Map.Entry<String, String> e : names.entrySet()) {
            String name = e.getKey();
            if (!Keys.hasDigit(name) && !name.contains("Titan") && !name.contains("TITAN")) continue;
            String[] toks = name.split(" ");
            List<String> alts = new ArrayList<>();
            int i = 0;
            while (i < toks.length - 1 && GPU_BRANDS.contains(toks[i])) i++;
            String a1 = String.join(" ", java.util.Arrays.copyOfRange(toks, i, toks.length));
            if (i > 0 && distinctive(a1)) alts.add(a1);
            int j = i;
            while (j < toks.length - 1 && GPU_SERIES.contains(toks[j])) j++;
            String a2 = String.join(" ", java.util.Arrays.copyOfRange(toks, j, toks.length));
            if (j > i && a2.toLowerCase(Locale.ROOT).startsWith("titan")) alts.add(a2);
            if (!e.getValue().isEmpty() && !name.startsWith(e.getValue())) alts.add(e.getValue() + " " + name);
            Draft d = add(file, EntityType.HARDWARE, name, alts, "wikipedia-gpus");
            if (d != null && d.source.equals("wikipedia-gpus") && d.broader.isEmpty()) d.broader.add(gpu);
        }
    }

    /** A manufacturer-less name that still names one product: letters and a digit, not a bare series number. */
    private static boolean distinctive(String s) {
        return Keys.hasDigit(s) && Keys.letters(s) >= 2 && s.length() >= 4 || s.toLowerCase(Locale.ROOT).startsWith("titan");
    }

    private void fpgaFamilies() throws IOException {
        Path p = corpora.resolve("hardware-gazetteer/openfpgaloader_FPGAs.yml");
        if (!Files.exists(p)) return;
        String file = "generated-hardware.ttl";
        String vendor = "";
        TreeMap<String, List<String>> fams = new TreeMap<>();
        Pattern word7 = Pattern.compile("^(Virtex|Kintex|Artix|Spartan|Zynq)\\s?(\\d+)$");
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.matches("^[A-Za-z][^:]*:\\s*$")) {
                vendor = line.substring(0, line.indexOf(':')).strip();
                continue;
            }
            Matcher m = Pattern.compile("^\\s*-\\s*Description:\\s*(.+)$").matcher(line);
            if (!m.find()) continue;
            String desc = clean(m.group(1));
            List<String> alts = new ArrayList<>();
            Matcher pm = PAREN.matcher(desc);
            if (pm.matches()) {
                desc = clean(pm.group(1) + " " + pm.group(3));
                String inner = clean(pm.group(2));
                if (inner.matches("[A-Z0-9]+") && Keys.hasDigit(inner)) alts.add(inner);
            }
            desc = desc.replaceAll("\\s+Series$", "");
            Matcher w = word7.matcher(desc);
            if (w.matches()) {
                alts.add(desc);
                desc = w.group(1) + "-" + w.group(2);
            }
            if (desc.equals("ZynqMPSoC")) {
                alts.add(desc);
                desc = "Zynq UltraScale+ MPSoC";
            }
            if (desc.length() < 3) continue;
            String v = vendor.equals("Xilinx") ? "Xilinx" : vendor.equals("Altera") ? "Intel" : vendor;
            if (!v.isEmpty()) alts.add(v + " " + desc);
            if (vendor.equals("Xilinx")) alts.add("AMD " + desc);
            if (vendor.equals("Altera")) alts.add("Altera " + desc);
            fams.put(desc, alts);
        }
        String fpga = curatedId(EntityType.HARDWARE, "fpga");
        for (Map.Entry<String, List<String>> e : fams.entrySet()) {
            Draft d = add(file, EntityType.HARDWARE, e.getKey(), e.getValue(), "openfpgaloader");
            if (d != null && d.source.equals("openfpgaloader")) d.broader.add(fpga);
        }
    }

    // ---------------------------------------------------------------- datasets

    private void pwcDatasets() throws IOException {
        Path p = corpora.resolve("pwc-datasets-gazetteer/pwc_dataset_search_collection.jsonl");
        if (!Files.exists(p)) return;
        TreeMap<String, List<String>> data = new TreeMap<>();
        try (BufferedReader r = reader(p)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String id = clean(n.path("id").asText(""));
                if (id.isEmpty()) continue;
                List<String> alts = new ArrayList<>();
                Matcher pm = PAREN.matcher(id);
                if (pm.matches() && pm.group(3).isEmpty()) {
                    String inner = clean(pm.group(2));
                    id = clean(pm.group(1));
                    if (!inner.contains(" ") && Keys.hasUpper(inner) && inner.length() <= 12) alts.add(inner);
                }
                for (JsonNode v : n.path("variants")) {
                    String s = clean(v.asText(""));
                    if (!s.isEmpty() && !SPLIT_VARIANT.matcher(s).matches()) alts.add(s);
                }
                data.merge(id, alts, (a, b) -> {
                    List<String> m = new ArrayList<>(a);
                    m.addAll(b);
                    return m;
                });
            }
        }
        // A variant that is the name of another dataset ("CoNLL-2003" listed under "CoNLL++", its corrected
        // version) names that dataset, not this one.
        Set<String> idKeys = new HashSet<>();
        for (String id : data.keySet()) idKeys.add(Keys.norm(id));
        for (Map.Entry<String, List<String>> e : data.entrySet()) {
            String own = Keys.norm(e.getKey());
            List<String> alts = new ArrayList<>();
            for (String a : new TreeSet<>(e.getValue())) {
                String k = Keys.norm(a);
                if (k.equals(own) || !idKeys.contains(k)) alts.add(a);
            }
            add("generated-pwc-datasets.ttl", EntityType.DATASET, e.getKey(), alts, "pwc-datasets");
        }
    }

    // ---------------------------------------------------------------- methods

    private void pwcMethods() throws IOException {
        Path p = corpora.resolve("pwc-methods-gazetteer/pwc_methods_2022-06.json.gz");
        if (!Files.exists(p)) return;
        String file = "generated-pwc-methods.ttl";
        JsonNode root;
        try (Reader r = reader(p)) {
            root = json.readTree(r);
        }
        List<JsonNode> methods = new ArrayList<>();
        root.forEach(methods::add);
        methods.sort((a, b) -> a.path("name").asText("").compareTo(b.path("name").asText("")) != 0
                ? a.path("name").asText("").compareTo(b.path("name").asText(""))
                : a.path("url").asText("").compareTo(b.path("url").asText("")));
        for (JsonNode m : methods) {
            String name = clean(m.path("name").asText(""));
            String full = clean(m.path("full_name").asText(""));
            TreeSet<String> cols = new TreeSet<>();
            for (JsonNode c : m.path("collections")) cols.add(clean(c.path("collection").asText("")));
            cols.remove("");
            boolean model = cols.stream().anyMatch(MODEL_COLLECTIONS::contains)
                    || namedModel(name) && cols.stream().anyMatch(c -> c.endsWith(" Models") || c.endsWith("Transformers"));
            EntityType type = model ? EntityType.MODEL : EntityType.METHOD;
            List<String> alts = new ArrayList<>();
            if (!full.isEmpty() && !full.equals(name)) alts.add(full);
            Draft d = add(file, type, name, alts, "pwc-methods");
            if (d == null || !d.source.equals("pwc-methods")) continue;
            for (String c : cols) d.broader.add(group(file, EntityType.METHOD, c, "pwc-methods").id);
        }
    }

    /**
     * A one-word name with a digit or an inner capital ("LayoutLMv2", "ByT5"): in a PwC collection of models it names a
     * model; lower-case members of such collections ("logistic regression") stay techniques.
     */
    private static boolean namedModel(String name) {
        if (name.contains(" ") || Keys.letters(name) < 2) return false;
        if (Keys.hasDigit(name)) return true;
        for (int i = 1; i < name.length(); i++) if (Character.isUpperCase(name.charAt(i))) return true;
        return false;
    }

    // ---------------------------------------------------------------- timm

    /** timm architecture id prefix -> written family name. */
    private static final Map<String, String> TIMM = new LinkedHashMap<>();
    /** Families whose ids end in a depth ("resnet50") and are written "Family-50". */
    private static final Set<String> DEPTH = Set.of("resnet", "resnext", "densenet", "vgg", "wide_resnet", "dpn",
            "dla", "darknet", "cspdarknet", "res2net", "resnest", "seresnet", "seresnext", "senet", "cspresnet",
            "cspresnext", "skresnet", "ecaresnet", "resnetrs");

    static {
        String[][] t = {
                {"resnet", "ResNet"}, {"resnext", "ResNeXt"}, {"wide_resnet", "Wide ResNet"}, {"densenet", "DenseNet"},
                {"vgg", "VGG"}, {"efficientnet", "EfficientNet"}, {"efficientnetv2", "EfficientNetV2"},
                {"mobilenetv1", "MobileNetV1"}, {"mobilenetv2", "MobileNetV2"}, {"mobilenetv3", "MobileNetV3"},
                {"mobilenetv4", "MobileNetV4"}, {"mobilevit", "MobileViT"}, {"mobilevitv2", "MobileViTv2"},
                {"convnext", "ConvNeXt"}, {"convnextv2", "ConvNeXt V2"}, {"vit", "ViT"}, {"deit", "DeiT"},
                {"deit3", "DeiT III"}, {"swin", "Swin Transformer"}, {"swinv2", "Swin Transformer V2"},
                {"regnetx", "RegNetX"}, {"regnety", "RegNetY"}, {"regnetz", "RegNetZ"}, {"inception_v3", "Inception-v3"},
                {"inception_v4", "Inception-v4"}, {"inception_resnet_v2", "Inception-ResNet-v2"},
                {"xception", "Xception"}, {"beit", "BEiT"}, {"beitv2", "BEiT v2"}, {"eva02", "EVA-02"},
                {"maxvit", "MaxViT"}, {"coatnet", "CoAtNet"}, {"levit", "LeViT"}, {"cait", "CaiT"},
                {"pvt_v2", "PVTv2"}, {"ghostnet", "GhostNet"}, {"ghostnetv2", "GhostNetV2"}, {"mnasnet", "MnasNet"},
                {"nasnetalarge", "NASNet-A Large"}, {"pnasnet5large", "PNASNet-5 Large"}, {"dpn", "DPN"},
                {"dla", "DLA"}, {"hrnet", "HRNet"}, {"res2net", "Res2Net"}, {"resnest", "ResNeSt"},
                {"senet", "SENet"}, {"seresnet", "SE-ResNet"}, {"seresnext", "SE-ResNeXt"}, {"skresnet", "SK-ResNet"},
                {"ecaresnet", "ECA-ResNet"}, {"resnetrs", "ResNet-RS"}, {"efficientformer", "EfficientFormer"},
                {"efficientformerv2", "EfficientFormerV2"}, {"fastvit", "FastViT"}, {"repvgg", "RepVGG"},
                {"mixer", "MLP-Mixer"}, {"resmlp", "ResMLP"}, {"gmlp", "gMLP"}, {"poolformer", "PoolFormer"},
                {"convit", "ConViT"}, {"crossvit", "CrossViT"}, {"xcit", "XCiT"}, {"volo", "VOLO"},
                {"tnt", "TNT"}, {"focalnet", "FocalNet"}, {"davit", "DaViT"}, {"edgenext", "EdgeNeXt"},
                {"rexnet", "ReXNet"}, {"tresnet", "TResNet"}, {"nfnet", "NFNet"}, {"darknet", "Darknet"},
                {"cspdarknet", "CSPDarknet"}, {"cspresnet", "CSPResNet"}, {"cspresnext", "CSPResNeXt"},
                {"repvit", "RepViT"}, {"efficientvit", "EfficientViT"}, {"mambaout", "MambaOut"},
                {"gcvit", "GC ViT"}, {"coat", "CoaT"}, {"visformer", "Visformer"}, {"fbnetv3", "FBNetV3"},
                {"mixnet", "MixNet"}, {"lcnet", "PP-LCNet"}, {"mvitv2", "MViTv2"}, {"hiera", "Hiera"},
                {"inception_next", "InceptionNeXt"}, {"convformer", "ConvFormer"}, {"caformer", "CAFormer"},
                {"starnet", "StarNet"}, {"fasternet", "FasterNet"}, {"hgnetv2", "HGNetV2"}, {"mobileone", "MobileOne"},
                {"swiftformer", "SwiftFormer"}, {"nextvit", "Next-ViT"}, {"pit", "PiT"}, {"twins_svt", "Twins-SVT"},
                {"twins_pcpvt", "Twins-PCPVT"}, {"botnet", "BoTNet"}, {"halonet", "HaloNet"},
                {"squeezenet", "SqueezeNet"}, {"shufflenet", "ShuffleNet"}, {"eva", "EVA"}, {"sequencer2d", "Sequencer2D"},
                {"cs3darknet", "CSPDarkNet-53"}, {"selecsls", "SelecSLS"}, {"spnasnet", "SPNASNet"},
                {"semnasnet", "MnasNet-SE"}, {"tinynet", "TinyNet"}, {"hardcorenas", "HardCoRe-NAS"}};
        for (String[] r : t) TIMM.put(r[0], r[1]);
    }

    private static final Map<String, String> SIZE = Map.of("tiny", "Ti", "small", "S", "base", "B", "large", "L",
            "huge", "H", "giant", "g", "xlarge", "XL", "medium", "M");

    private void timm() throws IOException {
        Path dir = corpora.resolve("timm-results");
        if (!Files.isDirectory(dir)) return;
        TreeSet<String> archs = new TreeSet<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().endsWith(".csv")) continue;
                for (Map<String, String> row : csv(p)) {
                    String m = row.get("model");
                    if (m == null) continue;
                    int dot = m.indexOf('.');
                    archs.add(dot >= 0 ? m.substring(0, dot) : m);
                }
            }
        }
        String file = "generated-timm.ttl";
        Map<String, Draft> familyDrafts = new TreeMap<>();
        // families present in timm
        for (Map.Entry<String, String> f : TIMM.entrySet()) {
            String id = f.getKey();
            boolean present = archs.stream().anyMatch(a -> a.equals(id) || a.startsWith(id + "_")
                    || DEPTH.contains(id) && a.matches(Pattern.quote(id) + "\\d+[a-z]?"));
            if (!present) continue;
            List<String> alts = new ArrayList<>();
            Matcher v = Pattern.compile("^(.*[a-z])V(\\d+)$").matcher(f.getValue());
            if (v.matches()) alts.add(v.group(1) + " V" + v.group(2));
            Draft d = add(file, EntityType.MODEL, f.getValue(), alts, "timm");
            if (d != null) familyDrafts.put(id, d);
        }
        Pattern depth = Pattern.compile("^([a-z_]+?)(\\d+)$");
        Pattern sized = Pattern.compile("^(vit|deit|swin|convnext|convnextv2)_(tiny|small|base|large|huge|giant|xlarge)(?:_patch(\\d+))?(?:_window\\d+)?_?(\\d+)?$");
        Pattern effb = Pattern.compile("^(efficientnet|tf_efficientnet)_(b\\d|l2)$");
        Pattern effv2 = Pattern.compile("^(?:tf_)?efficientnetv2_(s|m|l|xl)$");
        Pattern mnv3 = Pattern.compile("^(?:tf_)?mobilenetv3_(large|small)_\\d+$");
        for (String a : archs) {
            String fam = null, label = null;
            List<String> alts = new ArrayList<>();
            Matcher m;
            if ((m = depth.matcher(a)).matches() && DEPTH.contains(m.group(1)) && TIMM.containsKey(m.group(1))) {
                fam = m.group(1);
                label = TIMM.get(fam) + "-" + m.group(2);
                if (fam.equals("wide_resnet")) label = "WRN-" + m.group(2);
            } else if ((m = sized.matcher(a)).matches()) {
                fam = m.group(1);
                String sz = SIZE.get(m.group(2));
                String f = TIMM.get(fam);
                if (fam.equals("swin")) f = "Swin";
                label = f + "-" + sz + (m.group(3) != null && (fam.equals("vit") || fam.equals("deit")) ? "/" + m.group(3) : "");
                if (fam.equals("vit") && m.group(3) != null) alts.add("ViT-" + (m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1)) + "/" + m.group(3));
            } else if ((m = effb.matcher(a)).matches()) {
                fam = "efficientnet";
                label = "EfficientNet-" + m.group(2).toUpperCase(Locale.ROOT);
            } else if ((m = effv2.matcher(a)).matches()) {
                fam = "efficientnetv2";
                label = "EfficientNetV2-" + m.group(1).toUpperCase(Locale.ROOT);
            } else if ((m = mnv3.matcher(a)).matches()) {
                fam = "mobilenetv3";
                label = "MobileNetV3-" + (m.group(1).equals("large") ? "Large" : "Small");
            }
            if (label == null || !familyDrafts.containsKey(fam)) continue;
            Draft d = add(file, EntityType.MODEL, label, alts, "timm");
            Draft f = familyDrafts.get(fam);
            if (d != null && d != f && d.source.equals("timm")) d.broader.add(f.id);
        }
    }

    // ---------------------------------------------------------------- Epoch models

    private void epochModels() throws IOException {
        Path p = corpora.resolve("epoch-ai-models/epoch_notable_ai_models.csv");
        if (!Files.exists(p)) return;
        List<Map<String, String>> rows = csv(p);
        TreeSet<String> models = new TreeSet<>();
        Map<String, Integer> dataCount = new TreeMap<>();
        for (Map<String, String> row : rows) {
            String name = clean(row.get("Model"));
            Matcher pm = PAREN.matcher(name);
            if (pm.matches()) name = clean(pm.group(1) + " " + pm.group(3));
            if (!name.isEmpty() && modelLike(name)) models.add(name);
            for (String ds : clean(row.get("Training dataset")).split(",")) {
                String d = clean(ds);
                if (!d.isEmpty()) dataCount.merge(d, 1, Integer::sum);
            }
        }
        for (String m : models) add("generated-epoch-models.ttl", EntityType.MODEL, m, List.of(), "epoch-models");
        for (Map.Entry<String, Integer> e : dataCount.entrySet()) {
            if (e.getValue() < 2) continue;
            String d = e.getKey();
            if (d.contains("(") && !d.matches(".*\\([^()]*\\)$") || d.contains(")") && !d.contains("(")) continue;
            if (d.matches("(?i).*\\b(data|dataset|datasets|subset|unreleased|unspecified|proprietary|internal|various|corpus of|web|images|videos|other)\\b.*")) continue;
            List<String> alts = new ArrayList<>();
            Matcher pm = PAREN.matcher(d);
            if (pm.matches() && pm.group(3).isEmpty()) {
                String inner = clean(pm.group(2));
                d = clean(pm.group(1));
                if (!inner.contains(" ") && Keys.hasUpper(inner)) alts.add(inner);
            }
            add("generated-epoch-models.ttl", EntityType.DATASET, d, alts, "epoch-models");
        }
    }

    /** A model name, not a technique: at most four words, with a digit, an acronym or an inner capital. */
    private boolean modelLike(String name) {
        String[] toks = name.split(" ");
        if (toks.length > 4 || name.contains(",") || name.contains("+") || name.contains(":")) return false;
        for (String t : toks) {
            if (Keys.hasDigit(t) && Keys.letters(t) > 0) return true;
            for (int i = 1; i < t.length(); i++) if (Character.isUpperCase(t.charAt(i)) && t.charAt(i - 1) != '-') return true;
        }
        if (toks.length == 1 && Keys.hasUpper(name) && Keys.letters(name) >= 5) {
            return lowerFreq.getOrDefault(name.toLowerCase(Locale.ROOT), 0) < 3;
        }
        return false;
    }

    // ---------------------------------------------------------------- NLP-TDMS

    private void nlpTdms() throws IOException {
        Path tasks = corpora.resolve("nlp-tdms/taskKB.tsv");
        String file = "generated-nlp-tdms.ttl";
        if (Files.exists(tasks)) {
            TreeSet<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(tasks, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 2) names.add(clean(f[1].replace('_', ' ')));
            }
            for (String n : names) add(file, EntityType.TASK, n, List.of(), "nlp-tdms");
        }
        Path ds = corpora.resolve("nlp-tdms/datasetKB.tsv");
        if (Files.exists(ds)) {
            TreeSet<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(ds, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 2) names.add(clean(f[1]));
            }
            for (String n : names) {
                List<String> alts = new ArrayList<>();
                String d = n;
                Matcher pm = PAREN.matcher(n);
                if (pm.matches()) d = clean(pm.group(1) + " " + pm.group(3));
                if (d.contains("/")) continue;
                add(file, EntityType.DATASET, d, alts, "nlp-tdms");
            }
        }
    }

    // ---------------------------------------------------------------- annotated corpora (SciREX, SciERC)

    /**
     * Adds the Method and Task names that human annotators marked in at least {@code minDocs} documents of a train
     * split, after the filters of {@link AnnotatedNameFilter}: annotators mark descriptive phrases ("deep networks",
     * "training process") that are not entities under our guidelines, so only name-like ones are kept.
     */
    private void annotated(String relPath, String file, String source, int minDocs) throws IOException {
        Path p = corpora.resolve(relPath);
        if (!Files.exists(p)) return;
        AnnotatedNames names = relPath.startsWith("scirex") ? AnnotatedNames.scirex(p) : AnnotatedNames.scierc(p);
        AnnotatedNameFilter filter = AnnotatedNameFilter.loadDefault(lowerFreq, w -> claimed.containsKey(Keys.norm(w)));
        for (AnnotatedNames.Name n : names.frequent(minDocs)) {
            EntityType type = filter.type(n);
            if (type != null) add(file, type, n.form(), List.of(), source);
        }
    }

    // ---------------------------------------------------------------- output

    private void write() throws IOException {
        List<String> index = new ArrayList<>();
        if (Files.exists(out.resolve("curated.ttl"))) index.add("curated.ttl");
        for (Map.Entry<String, List<Draft>> f : files.entrySet()) {
            List<Draft> drafts = new ArrayList<>(f.getValue());
            drafts.sort((a, b) -> a.id.compareTo(b.id));
            StringBuilder b = new StringBuilder();
            b.append("# Generated by org.paperkg.vocab.VocabularyBuilder; do not edit by hand.\n");
            b.append("# ").append(drafts.size()).append(" concepts.\n");
            b.append("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n");
            b.append("@prefix dcterms: <http://purl.org/dc/terms/> .\n");
            b.append("@prefix kg: <").append(Vocabulary.KG).append("> .\n\n");
            for (Draft d : drafts) writeConcept(b, d);
            Files.writeString(out.resolve(f.getKey()), b.toString(), StandardCharsets.UTF_8);
            index.add(f.getKey());
        }
        StringBuilder ib = new StringBuilder("# Vocabulary files loaded by org.paperkg.vocab.Vocabulary, in order.\n");
        for (String s : index) ib.append(s).append('\n');
        Files.writeString(out.resolve(Vocabulary.INDEX), ib.toString(), StandardCharsets.UTF_8);
    }

    private static void writeConcept(StringBuilder b, Draft d) {
        b.append('<').append(d.id).append("> a skos:Concept, kg:").append(d.type.localName()).append(" ;\n");
        b.append("    skos:prefLabel ").append(lit(d.pref)).append(" ;\n");
        d.alts.remove(d.pref);
        if (!d.alts.isEmpty()) b.append("    skos:altLabel ").append(String.join(", ", d.alts.stream().map(VocabularyBuilder::lit).toList())).append(" ;\n");
        if (!d.broader.isEmpty()) b.append("    skos:broader ").append(String.join(", ", d.broader.stream().map(x -> "<" + x + ">").toList())).append(" ;\n");
        if (!d.caseLabels.isEmpty()) b.append("    kg:matchCase ").append(String.join(", ", d.caseLabels.stream().map(VocabularyBuilder::lit).toList())).append(" ;\n");
        if (d.noMatch) b.append("    kg:matchMode \"none\" ;\n");
        b.append("    skos:inScheme <").append(Vocabulary.SCHEME).append("> ;\n");
        b.append("    dcterms:source ").append(lit(d.source)).append(" .\n\n");
    }

    static String lit(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------- readers

    private static BufferedReader reader(Path p) throws IOException {
        return org.paperkg.corpus.CorpusInput.openLines(p);
    }

    /** RFC 4180 CSV with a header row; quoted fields may hold commas, quotes and line breaks. */
    static List<Map<String, String>> csv(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else q = false;
                } else f.append(c);
            } else if (c == '"') q = true;
            else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else f.append(c);
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        List<Map<String, String>> out = new ArrayList<>();
        if (rows.isEmpty()) return out;
        List<String> head = rows.get(0);
        if (!head.isEmpty() && head.get(0).startsWith("\ufeff")) head.set(0, head.get(0).substring(1));
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() == 1 && r.get(0).isEmpty()) continue;
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < head.size() && i < r.size(); i++) m.put(head.get(i), r.get(i));
            out.add(m);
        }
        return out;
    }
}
