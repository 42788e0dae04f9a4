package org.smilefactory.core.events;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ticket codes: 144 random bits from {@link SecureRandom}, base64url without padding (24 characters
 * of {@code A-Z a-z 0-9 - _}), so a code is safe in a URL or QR code and cannot be guessed from
 * another ticket or from the member and event ids.
 */
public final class TicketCodes {

    static final int BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketCodes() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
