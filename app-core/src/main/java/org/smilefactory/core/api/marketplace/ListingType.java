package org.smilefactory.core.api.marketplace;

/** The seed's listing types. */
public enum ListingType {
    PRODUCT, SERVICE, JOB, PARTNERSHIP, INVESTMENT
}
