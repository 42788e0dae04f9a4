package org.smilefactory.core.api.content;

import java.util.UUID;

/** A file in the hub's media store; {@code url} ({@code media:<id>}) is what posts reference. */
public record MediaRef(UUID id, String url, String fileName, String contentType, long sizeBytes) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
}
