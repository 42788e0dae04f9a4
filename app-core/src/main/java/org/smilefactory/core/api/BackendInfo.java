package org.smilefactory.core.api;

/** What the status bar shows: the mode and where the data lives (never a password). */
public record BackendInfo(BackendMode mode, String location, String databaseVersion) {
}
