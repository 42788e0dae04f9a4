package org.smilefactory.core.api.ai;

/** The kind of hub item a suggestion or a citation points at (the UI opens it by kind and id). */
public enum ItemKind {
    PROFILE, POST, EVENT, GROUP, LISTING
}
