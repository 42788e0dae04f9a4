package org.smilefactory.core.remote.wire;

/** Publish/unpublish name the version the caller saw. */
public record VersionRequest(long expectedVersion) {
}
