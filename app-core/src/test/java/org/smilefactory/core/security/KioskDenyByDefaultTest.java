package org.smilefactory.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.common.KioskOnly;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.EveryServiceMethod;
import org.smilefactory.core.testsupport.EveryServiceMethod.Outcome;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/**
 * Issue 13: a kiosk's session is deny by default. Every method of every service reachable from
 * {@link Session} (by reflection, so services added later are covered) is refused to a kiosk, except
 * the explicit allow-list of the kiosk screen. On the desktop's own backend (direct on PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskDenyByDefaultTest {

    private Backend backend;
    private Session kiosk;
    private EventView event;

    @BeforeAll
    void start() {
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Africa/Harare")).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        EventView draft = admin.events().save(new SaveEvent(null, 0, "Demo day", "Pitches", EventType.PITCH, start,
                start.plusHours(2), "Africa/Harare", "Harare", null, false, 50, null, BigDecimal.ZERO, "USD", List.of()));
        event = admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
        String email = Hubs.uniqueEmail("door");
        admin.events().createKiosk(event.id(), new CreateKiosk(email, Hubs.MEMBER_PASSWORD, "Door 1", "4321"));
        kiosk = backend.signIn(email, Hubs.MEMBER_PASSWORD);
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    @Test
    void everyServiceMethodButTheKioskScreensRefusesAKiosk() throws Exception {
        List<Outcome> outcomes = EveryServiceMethod.callAll(kiosk, Set.of());
        assertThat(outcomes).hasSizeGreaterThan(100);
        String refusal = Messages.get("accounts.kioskOnly");
        for (Outcome o : outcomes) {
            boolean refused = o.thrown() instanceof PermissionDeniedException && refusal.equals(o.thrown().getMessage());
            if (KioskOnly.ALLOWED.contains(o.name())) {
                assertThat(refused).as(o.name() + " is on the kiosk's allow-list: " + o.thrown()).isFalse();
            } else {
                assertThat(refused).as(o.name() + " must refuse a kiosk, got " + o.thrown()).isTrue();
            }
        }
        // every allow-listed service method exists (a rename would silently close the kiosk screen)
        assertThat(outcomes.stream().map(Outcome::name).toList())
                .containsAll(KioskOnly.ALLOWED.stream().filter(n -> !n.startsWith("Session.")).toList());
    }

    @Test
    void theKioskScreensCallsWork() {
        assertThat(kiosk.events().kioskEvent().id()).isEqualTo(event.id());
        assertThat(kiosk.events().findAttendees(event.id(), "nobody")).isEmpty();
        assertThat(kiosk.events().verifyExitPin("4321")).isTrue();
        assertThat(kiosk.member().email()).startsWith("door");
    }
}
