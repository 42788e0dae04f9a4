package org.smilefactory.core.remote.wire;

/**
 * POST /media: a file's bytes (base64 in JSON). Bounded by the server's request body limit
 * ({@code smilefactory.server.max-body-bytes}) as well as by the media size limit.
 */
public record ContentUploadRequest(String fileName, byte[] bytes) {
}
