package org.paperkg.vocab;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.EntityType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Vocabulary#parse} reads triples as they stream; it must give what reading them from a Model gave. */
class VocabularyParseTest {

    @Test
    void everyVocabularyFileGivesWhatAModelGives() throws IOException {
        Path dir = Path.of("ontology/vocab");
        int files = 0, entries = 0;
        for (String f : Vocabulary.readLines(Files.newInputStream(dir.resolve(Vocabulary.INDEX)))) {
            byte[] ttl = Files.readAllBytes(dir.resolve(f));
            List<VocabEntry> streamed = Vocabulary.parse(new ByteArrayInputStream(ttl), f);
            assertEquals(viaModel(new ByteArrayInputStream(ttl), f), streamed, f);
            files++;
            entries += streamed.size();
        }
        assertTrue(files >= 9 && entries >= 8000, files + " files, " + entries + " entries");
    }

    @Test
    void repeatedAndScatteredStatementsAsInAGraph() {
        String ttl = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix kg: <https://w3id.org/paperkg/ontology#> .
                @prefix m: <https://w3id.org/paperkg/vocab/model/> .
                m:zeta a skos:Concept, kg:Model ; skos:prefLabel "Zeta" ; skos:altLabel "Z-1", "Z-1", "Z 1"@en .
                m:alpha a skos:Concept ; skos:prefLabel "Alpha" ; skos:broader m:zeta, "not an IRI" .
                m:zeta skos:prefLabel "Zeta" ; skos:altLabel "A-zeta" ; kg:matchCase "Z-1", true, false .
                m:alpha a kg:Model ; dcterms:source "b-list", "a-list" ; kg:matchMode "NONE" .
                m:not-a-concept a kg:Model ; skos:prefLabel "Loose" .
                [] a skos:Concept, kg:Model ; skos:prefLabel "Blank" .
                <model/relative> a skos:Concept, kg:Task ; skos:prefLabel "Relative" ; kg:matchMode "exact-case" .
                """;
        List<VocabEntry> streamed = parse(ttl);
        assertEquals(viaModel(bytes(ttl), "t"), streamed);
        assertEquals(List.of(Vocabulary.VOCAB + "model/alpha", Vocabulary.VOCAB + "model/relative", Vocabulary.VOCAB + "model/zeta"),
                streamed.stream().map(VocabEntry::id).toList());
        VocabEntry zeta = streamed.get(2);
        assertEquals(List.of("A-zeta", "Z 1", "Z-1"), zeta.altLabels());
        assertEquals(Set.of(VocabEntry.MATCH_CASE), zeta.flags());
        assertEquals(Set.of("Z-1"), zeta.caseLabels());
        VocabEntry alpha = streamed.get(0);
        assertEquals("a-list", alpha.source());
        assertEquals(List.of(Vocabulary.VOCAB + "model/zeta"), alpha.broader());
        assertTrue(alpha.hasFlag(VocabEntry.NO_MATCH));
        assertTrue(streamed.get(1).hasFlag(VocabEntry.MATCH_CASE));
    }

    @Test
    void rejectsWhatItRejectedBefore() {
        String head = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix kg: <https://w3id.org/paperkg/ontology#> .\n";
        IllegalArgumentException untyped = assertThrows(IllegalArgumentException.class,
                () -> parse(head + "<https://w3id.org/paperkg/vocab/x> a skos:Concept ; skos:prefLabel \"X\" ."));
        assertTrue(untyped.getMessage().contains("without kg: type"), untyped.getMessage());
        IllegalArgumentException twoLabels = assertThrows(IllegalArgumentException.class,
                () -> parse(head + "<https://w3id.org/paperkg/vocab/x> a skos:Concept, kg:Method ; skos:prefLabel \"X\", \"Y\" ."));
        assertTrue(twoLabels.getMessage().contains("exactly one prefLabel"), twoLabels.getMessage());
    }

    private static List<VocabEntry> parse(String ttl) {
        return Vocabulary.parse(bytes(ttl), "t");
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Vocabulary.parse as it was (commit 797e2d4): the file read into a Model, each concept read back from it. */
    static List<VocabEntry> viaModel(InputStream in, String name) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(in).lang(Lang.TURTLE).base(Vocabulary.VOCAB).parse(model);
        Property matchCase = model.createProperty(Vocabulary.KG, "matchCase");
        Property matchMode = model.createProperty(Vocabulary.KG, "matchMode");
        List<VocabEntry> out = new ArrayList<>();
        Set<Resource> concepts = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> {
            if (r.isURIResource()) concepts.add(r);
        });
        for (Resource c : concepts) {
            EntityType type = null;
            for (Statement s : c.listProperties(RDF.type).toList()) {
                RDFNode o = s.getObject();
                if (o.isURIResource() && o.asResource().getURI().startsWith(Vocabulary.KG)) {
                    type = EntityType.parse(o.asResource().getLocalName()).orElse(type);
                }
            }
            List<String> prefs = strings(c, SKOS.prefLabel);
            if (type == null) throw new IllegalArgumentException(name + ": concept without kg: type: " + c.getURI());
            if (prefs.size() != 1) throw new IllegalArgumentException(name + ": concept needs exactly one prefLabel: " + c.getURI());
            List<String> alts = strings(c, SKOS.altLabel);
            List<String> broader = new ArrayList<>();
            c.listProperties(SKOS.broader).forEachRemaining(s -> {
                if (s.getObject().isURIResource()) broader.add(s.getObject().asResource().getURI());
            });
            Collections.sort(broader);
            List<String> src = strings(c, DCTerms.source);
            Set<String> flags = new HashSet<>();
            Set<String> caseLabels = new HashSet<>();
            for (Statement s : c.listProperties(matchCase).toList()) {
                Literal l = s.getObject().isLiteral() ? s.getObject().asLiteral() : null;
                if (l == null) continue;
                Object v = l.getValue();
                if (Boolean.TRUE.equals(v)) flags.add(VocabEntry.MATCH_CASE);
                else if (v instanceof String str) caseLabels.add(str);
            }
            for (String mode : strings(c, matchMode)) {
                if (mode.equalsIgnoreCase("none")) flags.add(VocabEntry.NO_MATCH);
                else if (mode.equalsIgnoreCase("exact-case")) flags.add(VocabEntry.MATCH_CASE);
            }
            out.add(new VocabEntry(c.getURI(), type, prefs.get(0), alts, broader,
                    src.isEmpty() ? "curated" : src.get(0), flags, caseLabels));
        }
        return out;
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) out.add(s.getObject().asLiteral().getLexicalForm());
        });
        Collections.sort(out);
        return out;
    }
}
