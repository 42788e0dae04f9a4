package org.smilefactory.ui.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HubTimeTest {

    private static final Instant NOON_UTC = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void timesAreShownInTheHubZoneAndMoveWhenItChanges() {
        HubTime t = new HubTime(ZoneId.of("Africa/Harare"), Locale.UK);
        assertThat(t.dateTime(NOON_UTC)).isEqualTo("7 Dec 2026, 14:00");
        ZoneId[] seen = new ZoneId[1];
        t.zoneProperty().addListener((o, a, b) -> seen[0] = b);
        t.setZone("America/New_York");
        assertThat(seen[0]).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(t.dateTime(NOON_UTC)).isEqualTo("7 Dec 2026, 07:00");
        t.setZone("Not/AZone");
        assertThat(t.zone()).as("an unknown id changes nothing").isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void theMembersLocaleWritesTheDateAndTime() {
        HubTime us = new HubTime(ZoneId.of("UTC"), Locale.US);
        assertThat(us.time(NOON_UTC)).isEqualTo("12:00 PM");
        assertThat(us.dayMonth(java.time.LocalDate.of(2026, 12, 7))).isEqualTo("Dec 7");
        assertThat(new HubTime(ZoneId.of("UTC"), Locale.UK).dayMonth(java.time.LocalDate.of(2026, 12, 7))).isEqualTo("7 Dec");
    }

    @Test
    void todayShowsTheTimeAloneAndEventsTheirOwnZone() {
        HubTime t = new HubTime(ZoneId.of("Africa/Harare"), Locale.UK);
        Clock now = Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"), ZoneOffset.UTC);
        assertThat(t.timeOrDateTime(NOON_UTC, now)).isEqualTo("14:00");
        assertThat(t.timeOrDateTime(NOON_UTC.minusSeconds(86_400), now)).isEqualTo("6 Dec 2026, 14:00");
        assertThat(t.eventDateTime(NOON_UTC, "Africa/Harare")).isEqualTo("7 Dec 2026, 14:00");
        assertThat(t.eventDateTime(NOON_UTC, "Europe/Berlin")).startsWith("7 Dec 2026, 13:00 (");
    }
}
