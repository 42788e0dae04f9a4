package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.testsupport.PostgresKill;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.core.testsupport.WriteLoad;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desktop's embedded PostgreSQL keeps every write it acknowledged when it crashes (issue 14):
 * durable settings, checked at start-up, and a clear "unavailable" while it is down.
 */
class EmbeddedCrashTest {

    @TempDir
    Path dataFolder;

    @Test
    void theEmbeddedDatabaseRunsWithDurableSettings() {
        try (Backend backend = Backends.embedded(dataFolder)) {
            JdbcClient db = ((LocalBackend) backend).context().jdbc();
            assertThat(db.sql("SELECT current_setting('fsync')").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("SELECT current_setting('synchronous_commit')").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("SELECT current_setting('full_page_writes')").query(String.class).single()).isEqualTo("on");
        }
    }

    @Test
    void aDatabaseThatCouldLoseCommitsIsRefused() throws Exception {
        // The tests' own PostgreSQL runs with zonky's fast settings (fsync and synchronous_commit off).
        try (Connection c = TestPostgres.freshDataSource().getConnection()) {
            assertThatThrownBy(() -> EmbeddedDatabase.requireDurable(c))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("could lose saved work")
                    .hasMessageContaining("fsync=off")
                    .hasMessageContaining("synchronous_commit=off");
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledPostgresAndTheDowntimeIsUnavailableNotAnError() throws Exception {
        Backend backend = Backends.embedded(dataFolder);
        WriteLoad load;
        try {
            load = WriteLoad.prepare(backend, 6, 20);
            load.run(600, () -> PostgresKill.killAll(dataFolder.resolve("pgdata")), Duration.ofMillis(1500));
        } finally {
            backend.close();
        }
        assertThat(load.failuresBeforeFault).isEmpty();
        assertThat(load.failuresAfterFault).as("calls while the database is down").isNotEmpty();
        assertThat(load.failuresAfterFault.keySet()).as(load.failureChains()).allSatisfy(failure -> assertThat(failure)
                .startsWith(BackendUnavailableException.class.getName() + ": ").contains("not reachable"));

        try (Backend again = Backends.embedded(dataFolder)) {
            JdbcClient db = ((LocalBackend) again).context().jdbc();
            assertThat(load.missingIn(db)).as(load.summary()).isEmpty();
            assertThat(load.duplicatesIn(db)).isEmpty();
        }
    }
}
