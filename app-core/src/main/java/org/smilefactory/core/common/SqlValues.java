package org.smilefactory.core.common;

import java.util.Locale;

/**
 * How contract values travel to and from SQL, the same way in every feature: enums as their
 * lower-case names (the schema's CHECK values), and text as a literal LIKE pattern.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** An enum as its column value ({@code PUBLIC} → {@code public}); null stays null. */
    public static String db(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** A column value as its enum ({@code public} → {@code PUBLIC}); null stays null. */
    public static <E extends Enum<E>> E en(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    /** Text matched literally inside a LIKE pattern: its wildcards and the escape character escaped. */
    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
