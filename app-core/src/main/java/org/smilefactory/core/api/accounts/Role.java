package org.smilefactory.core.api.accounts;

/** What a member may do. Kiosk accounts can only check people in at the events assigned to them. */
public enum Role {
    USER, STAFF, ADMIN, KIOSK;

    /** Staff and admins manage members and content. */
    public boolean isStaff() {
        return this == STAFF || this == ADMIN;
    }
}
