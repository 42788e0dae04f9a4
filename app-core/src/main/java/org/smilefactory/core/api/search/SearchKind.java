package org.smilefactory.core.api.search;

/** What a search hit is; results are grouped by kind in this order when scores tie. */
public enum SearchKind {
    MEMBER, POST, EVENT, GROUP, LISTING
}
