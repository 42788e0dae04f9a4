package org.smilefactory.core.ai.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smilefactory.core.ai.facts.Concept;
import org.smilefactory.core.ai.facts.Places;
import org.smilefactory.core.ai.facts.SectorTaxonomy;

/**
 * The sector and place words of a question, read with the matcher's sector taxonomy and place
 * hierarchy (decision 0030) so the assistant and the suggestions understand them alike. Only the
 * taxonomy's terms count in a question (no embedding fallback: a question is a sentence, not a
 * label, and a guessed sector would filter the answer wrongly). "Global" names no constraint.
 */
public final class HubFactWords implements QuestionReader.FactWords {

    private final SectorTaxonomy sectors;
    private final Places places;

    public HubFactWords(SectorTaxonomy sectors, Places places) {
        this.sectors = sectors;
        this.places = places;
    }

    public static HubFactWords shared() {
        return new HubFactWords(SectorTaxonomy.shared(), Places.shared());
    }

    @Override
    public Map<String, String> sectors(List<String> words) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : sectors.mentions(String.join(" ", words))) {
            Concept c = sectors.concept(id);
            out.put(id, c.label());
        }
        return out;
    }

    @Override
    public Map<String, String> places(List<String> words) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Places.Place p : places.mentioned(String.join(" ", words))) {
            if (p.level() != Places.Level.WORLD) {
                out.put(p.name(), p.name());
            }
        }
        return out;
    }
}
