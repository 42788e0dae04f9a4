package org.smilefactory.ui.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every time and date the Events and kiosk screens show, in one place: an event's times are read in
 * the event's own zone (what its programme says); the list's date range is read in the hub's zone.
 * When the hub gets a time zone setting and a shared formatter (issue 15, another part), this is the
 * one class to switch over.
 */
public final class EventTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private EventTimes() {
    }

    /** "Tue 4 May 2027, 09:00" in {@code zone}. */
    public static String dayAndTime(Instant t, String zone) {
        return DAY.format(t.atZone(zoneOf(zone)));
    }

    /** "Tue 4 May 2027" in {@code zone}. */
    public static String day(Instant t, String zone) {
        return DATE.format(t.atZone(zoneOf(zone)));
    }

    /** "09:00" in {@code zone}. */
    public static String time(Instant t, String zone) {
        return TIME.format(t.atZone(zoneOf(zone)));
    }

    /** The first instant of {@code day} in {@code zone} (a date picker's "from"). */
    public static Instant startOf(LocalDate day, String zone) {
        return day.atStartOfDay(zoneOf(zone)).toInstant();
    }

    /** The first instant after {@code day} in {@code zone} (a date picker's "to", inclusive of that day). */
    public static Instant endOf(LocalDate day, String zone) {
        return day.plusDays(1).atStartOfDay(zoneOf(zone)).toInstant();
    }

    public static ZoneId zoneOf(String zone) {
        return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }
}
