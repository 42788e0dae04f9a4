package org.smilefactory.core.api.profiles;

/** Drives the dashboard: no profile type yet, below the completion threshold, or at/above it. */
public enum UserState {
    NEW, INCOMPLETE, COMPLETE
}
