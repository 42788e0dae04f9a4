package org.smilefactory.core.common;

/**
 * The one rule for which characters a text may hold before it reaches the database (decision 0020).
 * PostgreSQL cannot store a NUL (it fails the statement, so a NUL used to become a 500 and a stack
 * trace in the log per request); a lone UTF-16 surrogate has no UTF-8 form, so the JDBC driver
 * silently wrote {@code ?} instead. Both are refused with a field message instead.
 */
public final class Texts {

    /** Violation code for a NUL character. */
    public static final String NUL = "nul-character";
    /** Violation code for half of a surrogate pair without its other half. */
    public static final String LONE_SURROGATE = "lone-surrogate";

    private Texts() {
    }

    /** The violation code of the first character {@code value} may not hold, or null when it is clean. */
    public static String badCharacter(String value) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return NUL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return LONE_SURROGATE;
                }
            } else if (Character.isLowSurrogate(c)) {
                return LONE_SURROGATE;
            }
        }
        return null;
    }

    /** The message shown next to a field whose text holds such a character. */
    public static String message(String code) {
        return Messages.get(NUL.equals(code) ? "validation.nulCharacter" : "validation.loneSurrogate");
    }
}
