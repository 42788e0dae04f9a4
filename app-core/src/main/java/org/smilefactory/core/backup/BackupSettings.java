package org.smilefactory.core.backup;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * How a hub's backups run: {@code interval} between automatic backups ({@link Duration#ZERO}: none),
 * {@code keep} how many archives stay (the oldest are pruned), {@code firstCheck} how long after the
 * hub opens the scheduler first looks (so start-up stays fast and short-lived tools never back up),
 * and {@code restoreInApp} whether an admin may restore from the app (the desktop) or only from the
 * command line (the server, decision 0017).
 */
public record BackupSettings(Duration interval, int keep, Duration firstCheck, boolean restoreInApp) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    public static final int DEFAULT_KEEP = 7;
    public static final Duration DEFAULT_FIRST_CHECK = Duration.ofMinutes(2);

    public BackupSettings {
        if (interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("interval " + interval);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        if (firstCheck == null || firstCheck.isNegative()) {
            throw new IllegalArgumentException("firstCheck " + firstCheck);
        }
    }

    /**
     * The defaults (daily, keep 7, first look 2 minutes after opening), each overridable by a property
     * read through {@code lookup}: {@code smilefactory.backup.interval} (ISO-8601, e.g. {@code PT6H};
     * {@code 0} or {@code PT0S} for none), {@code smilefactory.backup.keep},
     * {@code smilefactory.backup.first-check}.
     */
    public static BackupSettings from(UnaryOperator<String> lookup, boolean restoreInApp) {
        return new BackupSettings(
                duration(lookup.apply("smilefactory.backup.interval"), DEFAULT_INTERVAL),
                keep(lookup.apply("smilefactory.backup.keep")),
                duration(lookup.apply("smilefactory.backup.first-check"), DEFAULT_FIRST_CHECK),
                restoreInApp);
    }

    /** {@link #from} with the JVM's system properties. */
    public static BackupSettings fromSystemProperties(boolean restoreInApp) {
        return from(System::getProperty, restoreInApp);
    }

    private static Duration duration(String value, Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.trim().equals("0")) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a duration like P1D or PT6H: " + value, e);
        }
    }

    private static int keep(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_KEEP;
        }
        return Integer.parseInt(value.trim());
    }
}
