package org.smilefactory.core.api.accounts;

/** Invite one member by name and e-mail; {@code role} null means {@link Role#USER}. */
public record Invite(String email, String firstName, String lastName, Role role) {
}
