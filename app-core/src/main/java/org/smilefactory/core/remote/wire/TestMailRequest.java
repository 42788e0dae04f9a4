package org.smilefactory.core.remote.wire;

/** {@code POST /api/v1/accounts/mail-settings/test} (admins): where the test e-mail goes. */
public record TestMailRequest(String to) {
}
