package org.smilefactory.core.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;

/**
 * Opaque keyset cursors (decision 5): the sort key of a page's last row, base64url of its parts joined
 * by newlines. A cursor that does not decode to the expected shape is a validation error on
 * {@code cursor}, so a stale or tampered one restarts the list instead of failing obscurely.
 */
public final class PageCursors {

    private PageCursors() {
    }

    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's parts, or null for no cursor. */
    public static String[] decode(String token, int parts, String messageKey) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (p.length != parts) {
                throw new IllegalArgumentException("cursor shape");
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw invalid(messageKey);
        }
    }

    public static ValidationException invalid(String messageKey) {
        return new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get(messageKey))));
    }
}
