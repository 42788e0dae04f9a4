package org.smilefactory.core.ai.facts;

import java.util.Set;

/**
 * One entry of a curated vocabulary: a sector ("agritech") or an area of expertise
 * ("regulation"), with the label shown to members and the ids of concepts close enough to earn
 * partial credit (water and agritech meet at irrigation).
 */
public record Concept(String id, String label, Set<String> related) {
}
