package org.smilefactory.ui.ai;

import java.util.UUID;
import org.smilefactory.core.api.ai.ItemKind;

/** Opens a hub item a suggestion or a citation points at; returns false when its area does not exist yet. */
@FunctionalInterface
public interface ItemOpener {
    boolean open(ItemKind kind, UUID id);
}
