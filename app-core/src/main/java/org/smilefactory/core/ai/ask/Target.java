package org.smilefactory.core.ai.ask;

import org.smilefactory.core.api.ai.ItemKind;

/**
 * The kinds of thing a question can ask for, each mapped to the hub's item kind and, for people,
 * the profile type (the index's content subtype).
 */
public enum Target {
    INVESTOR(ItemKind.PROFILE, "business_investor"),
    MENTOR(ItemKind.PROFILE, "mentor"),
    INNOVATOR(ItemKind.PROFILE, "innovator"),
    STUDENT(ItemKind.PROFILE, "academic_student"),
    UNIVERSITY(ItemKind.PROFILE, "academic_institution"),
    ORGANISATION(ItemKind.PROFILE, "organisation"),
    PROFESSIONAL(ItemKind.PROFILE, "professional"),
    EXPERT(ItemKind.PROFILE, "industry_expert"),
    EVENT(ItemKind.EVENT, null),
    GROUP(ItemKind.GROUP, null),
    LISTING(ItemKind.LISTING, null),
    POST(ItemKind.POST, null);

    private final ItemKind kind;
    private final String profileType;

    Target(ItemKind kind, String profileType) {
        this.kind = kind;
        this.profileType = profileType;
    }

    public ItemKind kind() {
        return kind;
    }

    /** The profile type (content subtype) for people, else null. */
    public String profileType() {
        return profileType;
    }

    /** The key of this target in the vocabulary and the message bundle ({@code kind.investor}). */
    public String key() {
        return name().toLowerCase();
    }
}
