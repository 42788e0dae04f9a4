package org.smilefactory.core.api;

/**
 * One problem with one field of a command. {@code field} is the record component name of the
 * command (e.g. {@code "email"}, {@code "details.ticketSizeMax"}); {@code code} is stable
 * (e.g. {@code "required"}, {@code "too-long"}); {@code message} is shown next to the field.
 */
public record Violation(String field, String code, String message) {
}
