package org.smilefactory.core.api.accounts;

/** The order of the staff account list; newest first in both. */
public enum AccountSort {
    /** By sign-up (account creation) date, newest first. */
    SIGNED_UP,
    /** By last sign-in, most recent first; never signed in last. */
    LAST_SIGN_IN
}
