package org.smilefactory.core.api.profiles;

/** A professional's availability for work. */
public enum Availability {
    FULL_TIME, PART_TIME, CONTRACT, FREELANCE, NOT_AVAILABLE
}
