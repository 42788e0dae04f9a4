package org.smilefactory.ui.profiles;

/** One label/value line of a profile as shown read-only. */
public record InfoRow(String label, String value, boolean longText) {
}
