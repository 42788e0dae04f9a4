package org.smilefactory.core.api.ai;

import java.util.UUID;

/** A hub item an answer used; the UI opens it by kind and id. */
public record Citation(ItemKind kind, UUID id, String title, String snippet) {
}
