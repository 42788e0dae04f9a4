package org.smilefactory.core.api.profiles;

/** A profile is a draft until its member (or staff) publishes it; only published profiles are listed for others. */
public enum ProfileState {
    DRAFT, PUBLISHED
}
