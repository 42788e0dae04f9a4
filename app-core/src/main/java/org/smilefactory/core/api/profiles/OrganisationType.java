package org.smilefactory.core.api.profiles;

/** Kinds of organisation. */
public enum OrganisationType {
    CORPORATE, NGO, GOVERNMENT, DEVELOPMENT_PARTNER
}
