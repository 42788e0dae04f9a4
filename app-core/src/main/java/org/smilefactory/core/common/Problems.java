package org.smilefactory.core.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;

/**
 * Collects every violation of a command before anything is written, then throws them together, so
 * a form can mark all its bad fields at once. One violation per field: the first found wins.
 */
public final class Problems {

    /**
     * The WHATWG "valid e-mail address" (what browsers accept for {@code <input type=email>}), with a
     * dot and a top-level label of two or more letters required in the domain: no angle brackets,
     * quotes, spaces or parentheses, so an address cannot carry markup (decision 0020).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "^(?=.{1,64}@)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");
    public static final int MAX_EMAIL = 254;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD_BYTES = 72;

    private final List<Violation> violations = new ArrayList<>();

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public Problems add(String field, String code, String message) {
        if (!has(field)) {
            violations.add(new Violation(field, code, message));
        }
        return this;
    }

    public Problems required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "required", Messages.get("validation.required"));
        }
        return this;
    }

    /**
     * No NUL and no lone surrogate ({@link Texts}): for texts that have no other rule, such as search
     * words and codes, whose length is bounded elsewhere.
     */
    public Problems characters(String field, String value) {
        String code = Texts.badCharacter(value);
        if (code != null) {
            add(field, code, Texts.message(code));
        }
        return this;
    }

    /** Length and control characters of an optional text. */
    public Problems text(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        characters(field, value);
        if (value.length() > max) {
            add(field, "too-long", Messages.get("validation.tooLong", max));
        } else if (CONTROL.matcher(value).find()) {
            add(field, "control-characters", Messages.get("validation.controlCharacters"));
        }
        return this;
    }

    public Problems requiredText(String field, String value, int max) {
        required(field, value);
        return text(field, value, max);
    }

    public Problems list(String field, List<String> values, int maxItems, int maxItemLength) {
        if (values == null) {
            return this;
        }
        if (values.size() > maxItems) {
            add(field, "too-many", Messages.get("validation.tooManyItems", maxItems));
        }
        for (String v : values) {
            if (v != null && v.length() > maxItemLength) {
                add(field, "item-too-long", Messages.get("validation.itemTooLong", maxItemLength));
            }
        }
        return this;
    }

    public Problems email(String field, String value) {
        required(field, value);
        if (value != null && !value.isBlank()) {
            text(field, value, MAX_EMAIL);
            if (!isEmail(value.trim())) {
                add(field, "invalid-email", Messages.get("validation.invalidEmail"));
            }
        }
        return this;
    }

    /** The one e-mail address rule of the hub: every place that accepts an address uses it. */
    public static boolean isEmail(String value) {
        return value != null && value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
    }

    public Problems password(String field, String value) {
        required(field, value);
        if (value != null && !value.isEmpty()) {
            if (value.length() < MIN_PASSWORD) {
                add(field, "too-short", Messages.get("validation.passwordTooShort", MIN_PASSWORD));
            } else if (value.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                // bcrypt ignores everything after 72 bytes: refuse rather than silently truncate
                add(field, "too-long", Messages.get("validation.passwordTooLong", MAX_PASSWORD_BYTES));
            }
        }
        return this;
    }

    public Problems timeZone(String field, String value) {
        required(field, value);
        if (value != null && !value.isBlank()) {
            try {
                ZoneId.of(value);
            } catch (DateTimeException e) {
                add(field, "invalid-time-zone", Messages.get("validation.invalidTimeZone"));
            }
        }
        return this;
    }

    public Problems range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "out-of-range", Messages.get("validation.range", min, max));
        }
        return this;
    }

    public Problems money(String field, BigDecimal value, BigDecimal max) {
        if (value != null) {
            if (value.signum() < 0) {
                add(field, "negative", Messages.get("validation.notNegative"));
            } else if (value.compareTo(max) > 0 || value.scale() > 2) {
                add(field, "out-of-range", Messages.get("validation.range", 0, max.toPlainString()));
            }
        }
        return this;
    }

    public Problems matches(String field, String value, Pattern pattern, String code, String messageKey) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, code, Messages.get(messageKey));
        }
        return this;
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
