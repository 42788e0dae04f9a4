package org.smilefactory.core.api.ai;

/** A section of the Suggestions screen: what is suggested, and to whom it applies. */
public enum SuggestionKind {
    /** Innovators: investors whose focus, stage, ticket size and geography fit the startup. */
    INVESTORS,
    /** Innovators and students: mentors whose expertise fits the industry or field of study. */
    MENTORS,
    /** Students: job listings in the marketplace. */
    INTERNSHIPS,
    /** Investors: innovators whose industry, stage and funding need fit the investment profile. */
    STARTUPS,
    /** Everyone: members to connect with. */
    PEOPLE,
    EVENTS,
    GROUPS,
    POSTS,
    LISTINGS
}
