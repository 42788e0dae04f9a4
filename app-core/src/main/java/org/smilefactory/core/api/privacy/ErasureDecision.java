package org.smilefactory.core.api.privacy;

/** Staff's answer to a pending erasure request; the note is shown to the member when declining. */
public record ErasureDecision(boolean confirm, String note) {
}
