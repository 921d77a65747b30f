package org.paperkg.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperkg.extract.EntityType;
import org.paperkg.link.EntityCatalog;

/** The curated vocabulary as the linker's catalog: canonical labels, hierarchy and the list each entry came from. */
public final class VocabularyCatalog implements EntityCatalog {
    private final Vocabulary vocabulary;

    public VocabularyCatalog(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Optional<Entry> find(EntityType type, String name) {
        return vocabulary.lookup(type, name).map(this::entry);
    }

    private Entry entry(VocabEntry e) {
        List<Ref> broader = new ArrayList<>();
        for (String id : e.broader()) {
            vocabulary.byId(id).ifPresent(b -> broader.add(new Ref(b.type(), b.prefLabel())));
        }
        return new Entry(e.type(), e.prefLabel(), broader, e.source());
    }
}
