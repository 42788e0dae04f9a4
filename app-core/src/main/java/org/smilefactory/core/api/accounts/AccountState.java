package org.smilefactory.core.api.accounts;

/** Where an account stands (decision 0024). */
public enum AccountState {
    /** Can sign in. */
    ACTIVE,
    /** Deactivated by staff: cannot sign in, not in the directory or search, no live sessions. */
    DEACTIVATED,
    /** Invited, has not signed up with their code yet. */
    INVITED
}
