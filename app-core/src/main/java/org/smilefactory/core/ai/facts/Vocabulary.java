package org.smilefactory.core.ai.facts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smilefactory.core.ai.EmbeddingProvider;

/** What {@link SectorTaxonomy} and {@link Expertise} share: classify labels, compare two sets of them. */
abstract class Vocabulary {

    final Lexicon lexicon;

    Vocabulary(String resource, EmbeddingProvider embedder) {
        this.lexicon = new Lexicon(resource, embedder);
    }

    /** The concept ids a label names (taxonomy terms first, the embedding fallback for unknown wording). */
    public Set<String> classify(String label) {
        return lexicon.classify(label);
    }

    /** The concept ids of all the labels. */
    public Set<String> classifyAll(Collection<String> labels) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : labels) {
            out.addAll(classify(l));
        }
        return out;
    }

    /** Concepts a longer text mentions by their terms, as consecutive whole words (no embedding). */
    public Set<String> mentions(String text) {
        return text == null ? Set.of() : lexicon.mentions(text);
    }

    public Concept concept(String id) {
        return lexicon.concept(id);
    }

    public List<Concept> concepts() {
        return lexicon.all();
    }

    /** The best meeting of {@code mine} and {@code theirs}: a shared concept beats a related pair. */
    public ConceptMatch match(Collection<String> mine, Collection<String> theirs) {
        ConceptMatch best = ConceptMatch.NONE;
        for (String m : mine) {
            Set<String> a = classify(m);
            if (a.isEmpty()) {
                continue;
            }
            for (String t : theirs) {
                for (String cb : classify(t)) {
                    if (a.contains(cb)) {
                        return new ConceptMatch(1, m, t, concept(cb));
                    }
                    if (best.score() < ConceptMatch.RELATED) {
                        for (String ca : a) {
                            if (concept(ca).related().contains(cb)) {
                                best = new ConceptMatch(ConceptMatch.RELATED, m, t, concept(cb));
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The best meeting of concept ids already known (from {@link #mentions}) with labels. */
    public ConceptMatch matchIds(Collection<String> ids, Collection<String> theirs) {
        ConceptMatch best = ConceptMatch.NONE;
        for (String t : theirs) {
            for (String cb : classify(t)) {
                if (ids.contains(cb)) {
                    return new ConceptMatch(1, concept(cb).label(), t, concept(cb));
                }
                for (String ca : ids) {
                    if (best.score() < ConceptMatch.RELATED && concept(ca).related().contains(cb)) {
                        best = new ConceptMatch(ConceptMatch.RELATED, concept(ca).label(), t, concept(cb));
                    }
                }
            }
        }
        return best;
    }
}
