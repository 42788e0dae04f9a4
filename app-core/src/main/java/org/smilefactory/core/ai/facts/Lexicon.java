package org.smilefactory.core.ai.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smilefactory.core.ai.EmbeddingProvider;

/**
 * A curated vocabulary read from a bundled TSV ({@code id, label, related ids, terms}). A label
 * is classified by its terms: a term matches when all of its words occur as whole words in the
 * label ("water engineering" matches "Civil and Water Engineering"), so a shared generic word
 * ("Engineering") earns nothing unless a term names it. Labels no term covers fall back to the
 * embedding model: the label's vector against each concept's description ("label: terms"),
 * accepted above {@link #EMBEDDING_THRESHOLD} only. Results are cached per label.
 */
final class Lexicon {

    /** Cosine a label needs to a concept's description to count as that concept (MiniLM; checked in SectorTaxonomyTest). */
    static final double EMBEDDING_THRESHOLD = 0.5;

    private record Term(List<String> words, String concept) {
    }

    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final List<Term> terms = new ArrayList<>();
    private final EmbeddingProvider embedder;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();
    private volatile Map<String, float[]> conceptVectors;

    Lexicon(String resource, EmbeddingProvider embedder) {
        this.embedder = embedder;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String id = f[0].strip();
                Set<String> related = new LinkedHashSet<>(split(f[2]));
                concepts.put(id, new Concept(id, f[1].strip(), related));
                List<String> ts = split(f[3]);
                descriptions.put(id, f[1].strip() + ": " + String.join(", ", ts));
                terms.add(new Term(Text.words(f[1]), id));
                for (String t : ts) {
                    terms.add(new Term(Text.words(t), id));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a related pair is related both ways, whichever row names it
        for (Concept c : List.copyOf(concepts.values())) {
            for (String other : c.related()) {
                Concept o = concepts.get(other);
                if (o == null) {
                    throw new IllegalStateException(resource + ": " + c.id() + " names unknown " + other);
                }
                if (!o.related().contains(c.id())) {
                    Set<String> rel = new LinkedHashSet<>(o.related());
                    rel.add(c.id());
                    concepts.put(o.id(), new Concept(o.id(), o.label(), Set.copyOf(rel)));
                }
            }
        }
        concepts.replaceAll((k, c) -> new Concept(c.id(), c.label(), Set.copyOf(c.related())));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String x : s.split(";")) {
            if (!x.isBlank()) {
                out.add(x.strip());
            }
        }
        return out;
    }

    Concept concept(String id) {
        return concepts.get(id);
    }

    List<Concept> all() {
        return List.copyOf(concepts.values());
    }

    /** The concepts a short label (a sector field, an expertise area) names; empty when none. */
    Set<String> classify(String label) {
        if (label == null || label.isBlank()) {
            return Set.of();
        }
        String key = Text.key(label);
        return cache.computeIfAbsent(key, k -> {
            Set<String> byTerms = byTerms(new HashSet<>(Text.words(label)));
            return byTerms.isEmpty() ? byEmbedding(label) : byTerms;
        });
    }

    /** Concepts whose terms occur as consecutive words in a longer text (a bio sentence); no embedding. */
    Set<String> mentions(String text) {
        List<String> words = Text.words(text);
        Set<String> out = new LinkedHashSet<>();
        for (Term t : terms) {
            if (!t.words().isEmpty() && Collections2.indexOf(words, t.words()) >= 0) {
                out.add(t.concept());
            }
        }
        return out;
    }

    private Set<String> byTerms(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : terms) {
            if (!t.words().isEmpty() && words.containsAll(t.words())) {
                out.add(t.concept());
            }
        }
        return Set.copyOf(out);
    }

    private Set<String> byEmbedding(String label) {
        if (embedder == null) {
            return Set.of();
        }
        Map<String, float[]> vectors = conceptVectors();
        float[] v = embedder.embed(List.of(label)).get(0);
        String best = null;
        double bestSim = EMBEDDING_THRESHOLD;
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            double s = dot(v, e.getValue());
            if (s >= bestSim) {
                bestSim = s;
                best = e.getKey();
            }
        }
        return best == null ? Set.of() : Set.of(best);
    }

    private Map<String, float[]> conceptVectors() {
        Map<String, float[]> v = conceptVectors;
        if (v == null) {
            List<String> ids = List.copyOf(descriptions.keySet());
            List<float[]> vs = embedder.embed(List.copyOf(descriptions.values()));
            Map<String, float[]> m = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                m.put(ids.get(i), vs.get(i));
            }
            conceptVectors = v = m;
        }
        return v;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Small list helpers kept here so the package needs no utility dependency. */
    static final class Collections2 {
        private Collections2() {
        }

        static int indexOf(List<String> haystack, List<String> needle) {
            outer:
            for (int i = 0; i + needle.size() <= haystack.size(); i++) {
                for (int j = 0; j < needle.size(); j++) {
                    if (!haystack.get(i + j).equals(needle.get(j))) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

}
