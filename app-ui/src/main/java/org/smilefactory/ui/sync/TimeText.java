package org.smilefactory.ui.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** "14:05" today, "3 Nov 14:05" on another day, in this computer's time zone: when syncing happened is local. */
final class TimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    TimeText(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean today = LocalDate.ofInstant(instant, zone).equals(LocalDate.ofInstant(clock.instant(), zone));
        return (today ? TIME : DAY_TIME).format(instant.atZone(zone));
    }
}
