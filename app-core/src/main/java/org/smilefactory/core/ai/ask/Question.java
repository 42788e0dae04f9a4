package org.smilefactory.core.ai.ask;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a question was understood to ask for: the kind of thing (null when it names none: then every
 * kind may answer), narrower subtypes (event or listing types), and the constraints the answer must
 * meet. Sectors and places are the ids of {@code core.ai.facts}' taxonomy and hierarchy, with the
 * words of the question that named them for the answer's sentences.
 */
public record Question(
        String text,
        Target target,
        Set<String> subtypes,
        Set<String> stages,
        List<String> stageWords,
        Instant from,
        Instant until,
        String dateWords,
        boolean free,
        BigDecimal maxPrice,
        Set<String> sectors,
        List<String> sectorWords,
        Set<String> places,
        List<String> placeWords) {

    /** Whether anything beyond the kind constrains the answer. */
    public boolean constrained() {
        return !stages.isEmpty() || from != null || until != null || free || maxPrice != null || !sectors.isEmpty()
                || !places.isEmpty();
    }
}
