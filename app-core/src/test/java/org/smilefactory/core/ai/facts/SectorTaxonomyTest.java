package org.smilefactory.core.ai.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.ai.MiniLmEmbeddingProvider;

/** Sectors and expertise compared by meaning, never by a shared word (issue 18). */
class SectorTaxonomyTest {

    private final SectorTaxonomy taxonomy = new SectorTaxonomy(null);
    private final Expertise expertise = new Expertise(null);

    @Test
    void differentlyWordedLabelsOfOneSectorMatch() {
        assertThat(taxonomy.classify("Livestock and dairy")).containsExactly("agritech");
        assertThat(taxonomy.match(List.of("Livestock and dairy"), List.of("Agritech")).exact()).isTrue();
        assertThat(taxonomy.match(List.of("Mobile money"), List.of("Fintech and payments")).exact()).isTrue();
        assertThat(taxonomy.match(List.of("Solar mini-grids"), List.of("Cleantech")).exact()).isTrue();
        assertThat(taxonomy.classify("Crops")).containsExactly("agritech");
    }

    @Test
    void aSharedGenericWordEarnsNothing() {
        assertThat(taxonomy.classify("Civil and Water Engineering")).containsExactlyInAnyOrder("water", "infrastructure");
        assertThat(taxonomy.match(List.of("Civil and Water Engineering"), List.of("Solar engineering")).any()).isFalse();
        assertThat(taxonomy.match(List.of("Civil and Water Engineering"), List.of("Fintech engineering")).any()).isFalse();
        assertThat(taxonomy.classify("Engineering")).isEmpty();
        assertThat(taxonomy.classify("Management")).isEmpty();
    }

    @Test
    void relatedSectorsGetPartialCredit() {
        ConceptMatch m = taxonomy.match(List.of("Irrigation"), List.of("Water and sanitation"));
        assertThat(m.exact()).isFalse();
        assertThat(m.score()).isEqualTo(ConceptMatch.RELATED);
    }

    @Test
    void unknownWordingFallsBackToTheLocalModelAboveAThreshold() {
        SectorTaxonomy withModel = new SectorTaxonomy(MiniLmEmbeddingProvider.shared());
        assertThat(withModel.classify("Dairy goats and milk cooperatives")).containsExactly("agritech");
        assertThat(withModel.classify("Quantum chromodynamics")).isEmpty();
    }

    @Test
    void statedNeedsAreReadFromSentencesThatAsk() {
        assertThat(expertise.needs("We make solar kits. We need help with regulation and licensing.")).containsExactly("regulation");
        assertThat(expertise.needs("Looking for go-to-market advice for our first customers")).contains("go_to_market");
        assertThat(expertise.needs("Our team has ten years in sales.")).isEmpty();
        assertThat(expertise.match(List.of("Legal and compliance"), List.of("Regulatory affairs")).exact()).isTrue();
    }
}
