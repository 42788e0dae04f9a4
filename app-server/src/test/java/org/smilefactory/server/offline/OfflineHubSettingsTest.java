package org.smilefactory.server.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.KioskDefaults;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.offline.OfflineSettings;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.Replicas;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.server.TestServer;

/**
 * Hub settings on a desktop working on its offline copy (decision 0025): the name and time zone the
 * copy remembered answer the screens' times; the form, saving and connection tests need the server
 * and say so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineHubSettingsTest {

    private TestServer server;
    private Backend direct;
    private Backend desktop;
    private String adminEmail;

    @BeforeAll
    void startServer() {
        server = TestServer.start();
        direct = Backends.remote(server.uri());
        adminEmail = Hubs.uniqueEmail("admin");
        direct.completeSetup(Hubs.setup(adminEmail).withSetupCode(server.setupCode()));
        String url = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
        desktop = Backends.remote(server.uri(), Replicas.jdbcStore(url, "postgres", ""),
                OfflineSettings.defaults().withIntervals(Duration.ofMillis(300), Duration.ofMinutes(10)));
    }

    @AfterAll
    void stopServer() {
        desktop.close();
        direct.close();
        server.close();
    }

    @Test
    void offlineTheRememberedNameAndZoneAreReadAndEverythingElseNeedsTheServer() {
        Session session = desktop.signIn(adminEmail, Hubs.ADMIN_PASSWORD);
        OfflineWorkTest.await(session, s -> s.lastSyncedAt() != null && s.phase() == SyncPhase.IDLE);
        HubSettings online = session.hubSettings().settings();
        OfflineSync sync = session.offlineSync().orElseThrow();

        sync.goOffline();
        HubBasics offline = session.hubSettings().basics();
        assertThat(offline.hubName()).isEqualTo(online.hubName());
        assertThat(offline.timeZone()).isEqualTo(online.timeZone());
        assertThat(offline.currency()).as("not held by the copy").isNull();
        assertThatThrownBy(() -> session.hubSettings().settings())
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("hub settings");
        assertThatThrownBy(() -> session.hubSettings().save(new SaveHubSettings("Offline Hub", "Africa/Harare", "USD",
                KioskDefaults.DEFAULTS, null, online.version())))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("hub settings");

        sync.goOnline();
        assertThat(session.hubSettings().settings()).isEqualTo(online);
        session.signOut();
    }
}
