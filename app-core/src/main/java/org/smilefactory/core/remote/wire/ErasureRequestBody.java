package org.smilefactory.core.remote.wire;

/** {@code POST /api/v1/privacy/erasure-requests}: why the member asks to be erased (optional). */
public record ErasureRequestBody(String reason) {
}
