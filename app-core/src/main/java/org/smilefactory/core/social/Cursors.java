package org.smilefactory.core.social;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Paging;

/**
 * Opaque keyset positions (decision 0005): the sort key of a row, base64url-encoded with a kind
 * letter so a cursor of one list is refused by another.
 */
public final class Cursors {

    private Cursors() {
    }

    /** A position in a list ordered by a time and then an id. */
    public record TimeKey(Instant time, UUID id) {
    }

    /** A position in a list ordered by a name and then an id. */
    public record NameKey(String name, UUID id) {
    }

    public static String time(char kind, Instant time, UUID id) {
        return encode(kind + "\n" + time.getEpochSecond() + "\n" + time.getNano() + "\n" + id);
    }

    public static String name(char kind, String name, UUID id) {
        return encode(kind + "\n" + id + "\n" + (name == null ? "" : name));
    }

    public static TimeKey time(char kind, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = decode(token).split("\n", -1);
            if (parts.length != 4 || parts[0].length() != 1 || parts[0].charAt(0) != kind) {
                throw new IllegalArgumentException("cursor kind");
            }
            return new TimeKey(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    public static NameKey name(char kind, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = decode(token).split("\n", 3);
            if (parts.length != 3 || parts[0].length() != 1 || parts[0].charAt(0) != kind) {
                throw new IllegalArgumentException("cursor kind");
            }
            return new NameKey(parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static int limit(int requested, int defaultLimit, int max) {
        return Paging.limit(requested, defaultLimit, max);
    }

    private static ValidationException invalid() {
        return new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get("social.invalidCursor"))));
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    }
}
