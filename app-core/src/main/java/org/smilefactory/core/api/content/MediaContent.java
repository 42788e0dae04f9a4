package org.smilefactory.core.api.content;

/** A stored media file with its bytes. */
public record MediaContent(MediaRef ref, byte[] bytes) {
}
