package org.smilefactory.core.ai.facts;

import org.smilefactory.core.ai.EmbeddingProvider;
import org.smilefactory.core.ai.MiniLmEmbeddingProvider;

/**
 * The curated sector taxonomy ({@code sectors.tsv}, decision 0030): about twenty sectors, each
 * with the words members use for it ("Livestock and dairy" is agritech, "Civil and Water
 * Engineering" is water and infrastructure, never energy or fintech) and its related sectors.
 * Labels the taxonomy has no term for are placed by the local embedding model, above a
 * similarity threshold only; nothing is compared as a substring.
 */
public final class SectorTaxonomy extends Vocabulary {

    private static volatile SectorTaxonomy shared;

    public SectorTaxonomy(EmbeddingProvider embedder) {
        super("sectors.tsv", embedder);
    }

    /** The taxonomy with the bundled local model as its fallback (loaded on first unknown label). */
    public static SectorTaxonomy shared() {
        SectorTaxonomy s = shared;
        if (s == null) {
            synchronized (SectorTaxonomy.class) {
                s = shared;
                if (s == null) {
                    shared = s = new SectorTaxonomy(new LazyMiniLm());
                }
            }
        }
        return s;
    }

    /** Loads the model only when a label needs it, so taxonomy-only use costs nothing. */
    static final class LazyMiniLm implements EmbeddingProvider {
        @Override
        public String model() {
            return MiniLmEmbeddingProvider.MODEL;
        }

        @Override
        public int dimension() {
            return MiniLmEmbeddingProvider.DIMENSION;
        }

        @Override
        public java.util.List<float[]> embed(java.util.List<String> texts) {
            return MiniLmEmbeddingProvider.shared().embed(texts);
        }
    }
}
