package org.smilefactory.core.api.accounts;

/** Staff create members directly (walk-in registration, imports); admins may create staff. */
public record CreateMember(String email, String password, String firstName, String lastName, Role role) {

    /** Never print the password (records print every component by default; logs print records). */
    @Override
    public String toString() {
        return "CreateMember[email=" + email + ", password=***, firstName=" + firstName + ", lastName=" + lastName
                + ", role=" + role + "]";
    }
}
