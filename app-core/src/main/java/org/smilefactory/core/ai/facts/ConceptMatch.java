package org.smilefactory.core.ai.facts;

/**
 * How two sets of labels meet in a vocabulary: {@code score} 1 when they share a concept, 0.35
 * when the nearest concepts are related, 0 when they do not meet (or one side names nothing the
 * vocabulary knows). {@code mine}/{@code theirs} are the labels as the members wrote them and
 * {@code concept} the shared (or, for a related pair, their) concept, for the reasons shown.
 */
public record ConceptMatch(double score, String mine, String theirs, Concept concept) {

    public static final ConceptMatch NONE = new ConceptMatch(0, null, null, null);

    public static final double RELATED = 0.35;

    public boolean exact() {
        return score >= 1;
    }

    public boolean any() {
        return score > 0;
    }
}
