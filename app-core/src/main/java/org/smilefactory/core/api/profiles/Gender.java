package org.smilefactory.core.api.profiles;

/** Self-described gender; optional. */
public enum Gender {
    FEMALE, MALE, NON_BINARY, OTHER, PREFER_NOT_TO_SAY
}
