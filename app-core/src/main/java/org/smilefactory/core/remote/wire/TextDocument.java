package org.smilefactory.core.remote.wire;

/** A generated text document (e.g. an attendee CSV) carried inside JSON, like every other answer. */
public record TextDocument(String mediaType, String text) {
}
