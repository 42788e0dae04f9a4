package org.smilefactory.core.api.marketplace;

/** A listing's lifecycle. EXPIRED is also reported for an active listing past its expiry date. */
public enum ListingStatus {
    ACTIVE, SOLD, EXPIRED, REMOVED
}
