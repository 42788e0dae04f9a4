package org.smilefactory.core.api.accounts;

/** Staff create members directly (walk-in registration, imports); admins may create staff. */
public record CreateMember(String email, String password, String firstName, String lastName, Role role) {
}
