package org.smilefactory.core.api.profiles;

/** What a student is looking for. */
public enum Seeking {
    INTERNSHIP, MENTORSHIP, JOB, CO_FOUNDER
}
