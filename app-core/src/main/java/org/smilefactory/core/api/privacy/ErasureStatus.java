package org.smilefactory.core.api.privacy;

/** Where a member's request to be erased stands. */
public enum ErasureStatus {
    /** Waiting for staff. */
    PENDING,
    /** Staff confirmed: the member's account was erased (decision 0018). */
    CONFIRMED,
    /** Staff declined, with a note to the member. */
    DECLINED,
    /** The member withdrew the request before staff decided. */
    WITHDRAWN
}
