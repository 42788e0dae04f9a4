package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.contract.RetentionRows;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The server applies retention to its own database on its own (decision 0023), here with short timings. */
class ServerRetentionJobTest {

    @Test
    void theServersJobDeletesWhatIsPastItsPeriodAndAuditsTheRun() throws InterruptedException {
        try (TestServer server = TestServer.start("--logging.level.root=WARN",
                "--smilefactory.server.retention.first-check=PT0.2S", "--smilefactory.server.retention.check-every=PT0.05S",
                // runs may come every 0.1 s here, so one after the rows below are written is certain
                "--smilefactory.server.retention.run-every=PT0.1S")) {
            server.localBackend().completeSetup(Hubs.setup(Hubs.uniqueEmail("server-retention")));
            JdbcClient jdbc = server.localBackend().context().jdbc();
            RetentionRows rows = new RetentionRows(jdbc);
            UUID member = jdbc.sql("SELECT user_id FROM personal_details LIMIT 1").query(UUID.class).single();
            // default period of ended tokens: 30 days
            UUID oldToken = rows.token(member, 31, true);
            UUID newToken = rows.token(member, 29, true);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (rows.exists("auth_tokens", oldToken)) {
                assertThat(System.nanoTime()).as("the server's job ran within 20 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(rows.exists("auth_tokens", newToken)).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND after_data ->> 'automatic' = 'true'")
                    .query(Long.class).single()).isPositive();
        }
    }
}
