package org.smilefactory.ui.connect;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.accounts.HubStatus;

/** A backend that was opened, with its status read in the same background step. */
public record OpenedHub(Backend backend, HubStatus status) {
}
