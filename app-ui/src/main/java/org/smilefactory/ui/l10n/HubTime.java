package org.smilefactory.ui.l10n;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one way the UI shows a time (decision 0025): in the hub's time zone, as the member's locale writes
 * dates and times ({@link FormatStyle}), never in whatever zone this computer is set to. An event's
 * own times are shown in the event's zone ({@link #eventDateTime}), which says so when it is not the
 * hub's. The zone follows the hub settings: when an admin saves a new one, {@link #setZone} moves every
 * screen that listens to {@link #zoneProperty()}.
 *
 * <p>Not thread-safe by design: the zone is set and read on the FX thread; the formatters themselves
 * are immutable.
 */
public final class HubTime {

    private final Locale locale;
    private final ReadOnlyObjectWrapper<ZoneId> zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayMonth;

    public HubTime(ZoneId zone, Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        this.zone = new ReadOnlyObjectWrapper<>(this, "zone", Objects.requireNonNull(zone));
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dayMonth = DateTimeFormatter.ofPattern(dayMonthPattern(locale), locale);
    }

    /** The hub's zone by IANA id; an unknown or missing id falls back to this computer's zone. */
    public static HubTime of(String zoneId, Locale locale) {
        return new HubTime(parse(zoneId, ZoneId.systemDefault()), locale);
    }

    /** For screens built without a session (tests, previews): this computer's zone and format locale. */
    public static HubTime systemDefault() {
        return new HubTime(ZoneId.systemDefault(), Locale.getDefault(Locale.Category.FORMAT));
    }

    public ZoneId zone() {
        return zone.get();
    }

    /** Changes with the hub settings; screens listen to it to show their times again. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** The hub's new zone (after the settings were saved or read); an unknown id changes nothing. */
    public void setZone(String zoneId) {
        zone.set(parse(zoneId, zone.get()));
    }

    public void setZone(ZoneId zoneId) {
        zone.set(Objects.requireNonNull(zoneId));
    }

    public Locale locale() {
        return locale;
    }

    /** "7 Dec 2026, 14:05" (the locale's medium date and short time); empty for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(zone()));
    }

    /** "7 Dec 2026"; empty for null. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(zone()));
    }

    /** "7 December 2026"; empty for null. */
    public String longDate(Instant instant) {
        return instant == null ? "" : longDate.format(instant.atZone(zone()));
    }

    /** "14:05"; empty for null. */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant.atZone(zone()));
    }

    /** The time alone when it is on the hub's today (by {@code clock}), else the date with it. */
    public String timeOrDateTime(Instant instant, Clock clock) {
        if (instant == null) {
            return "";
        }
        return localDate(instant).equals(LocalDate.ofInstant(clock.instant(), zone())) ? time(instant) : dateTime(instant);
    }

    /** A day of a chart axis or a calendar without its year: "7 Dec", "Dec 7". */
    public String dayMonth(LocalDate day) {
        return day == null ? "" : dayMonth.format(day);
    }

    /** A date without a time (an expiry day): the locale's medium date. */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /**
     * An event's time in the event's own zone, as its programme says it; the zone's name follows when it
     * is not the hub's ("7 Dec 2026, 09:00 (CET)"). A missing or unknown event zone is the hub's.
     */
    public String eventDateTime(Instant instant, String eventZone) {
        if (instant == null) {
            return "";
        }
        ZoneId z = parse(eventZone, zone());
        String text = dateTime.format(instant.atZone(z));
        return z.equals(zone()) ? text : text + " (" + z.getDisplayName(TextStyle.SHORT, locale) + ")";
    }

    /**
     * A time where it happens, whatever the hub's zone: for what is printed or saved with its own zone
     * (a ticket says "(Africa/Harare)" after it), so it needs no session. Full date, short time.
     */
    public static String inZone(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }

    /** The hub's calendar day of an instant. */
    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** Midnight at the start of a hub day. */
    public Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private static ZoneId parse(String id, ZoneId fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /**
     * The locale's medium date without the year (Java 17 has no skeletons such as "MMMd"): "d MMM y"
     * gives "d MMM", "MMM d, y" gives "MMM d".
     */
    static String dayMonthPattern(Locale locale) {
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        String withoutYear = medium.replaceAll("[\\s,./-]*y+[\\s,./-]*", " ").strip();
        return withoutYear.contains("d") && withoutYear.contains("M") && !withoutYear.contains("y") ? withoutYear : "d MMM";
    }
}
