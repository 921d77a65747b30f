package org.paperkg.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityType;
import org.paperkg.link.EntityCatalog;

/**
 * The curated vocabulary as the linker's catalog: canonical labels, hierarchy and the list each entry came from.
 * A model or hardware name that the vocabulary lacks but that is a known family plus a size or version
 * ("OPT-13B", "ResNet-200", "Llama-2-13B") gets an entry of its own whose broader concept is that family, so
 * members of enumerations and new sizes keep their kg:variantOf link.
 */
public final class VocabularyCatalog implements EntityCatalog {
    /** Source recorded for entries derived from a family rather than listed. */
    public static final String FAMILY_RULE = "family-rule";
    /** A trailing size or version, as written or as a name key: "-13B", " 7b", "34", "-large". */
    private static final Pattern SUFFIX = Pattern.compile(
            "[-_ ]?(\\d+(?:\\.\\d+)?[bmkt]?|base|large|small|tiny|huge|xl|xxl)", Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocabulary;

    public VocabularyCatalog(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Optional<Entry> find(EntityType type, String name) {
        Optional<Entry> listed = vocabulary.lookup(type, name).map(this::entry);
        if (listed.isPresent() || type != EntityType.MODEL && type != EntityType.HARDWARE) return listed;
        return familyMember(type, name);
    }

    /**
     * Tries every split of {@code name} into a family and a trailing size, longest family first, so a name key
     * ("llama213b", where separators are gone) finds "Llama 2" + "13B" rather than "Llama" + "213B".
     */
    private Optional<Entry> familyMember(EntityType type, String name) {
        String n = name.strip();
        for (int cut = n.length() - 1; cut >= 2; cut--) {
            Matcher m = SUFFIX.matcher(n);
            m.region(cut, n.length());
            if (!m.matches() || !Character.isLetterOrDigit(n.charAt(cut - 1))) continue;
            String base = n.substring(0, cut);
            if (Keys.letters(base) < 2) continue;
            Optional<VocabEntry> family = vocabulary.lookup(type, base);
            if (family.isPresent()) return Optional.of(member(type, family.get(), m.group(1)));
        }
        return Optional.empty();
    }

    private static Entry member(EntityType type, VocabEntry family, String size) {
        String suffix = size;
        if (suffix.matches("(?i)\\d+(?:\\.\\d+)?[bmkt]")) suffix = suffix.toUpperCase(Locale.ROOT);
        String label = family.prefLabel() + "-" + suffix;
        return new Entry(type, label, List.of(new Ref(type, family.prefLabel())), FAMILY_RULE);
    }

    private Entry entry(VocabEntry e) {
        List<Ref> broader = new ArrayList<>();
        for (String id : e.broader()) {
            vocabulary.byId(id).ifPresent(b -> broader.add(new Ref(b.type(), b.prefLabel())));
        }
        return new Entry(e.type(), e.prefLabel(), broader, e.source());
    }
}
