package org.smilefactory.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.RetentionCategory;
import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.contract.RetentionRows;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The background job and the batching of a run, on a real database (timings shortened, no long sleeps). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionJobTest {

    private final List<LocalBackend> opened = new ArrayList<>();

    private LocalBackend hub() {
        LocalBackend backend = (LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        opened.add(backend);
        backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("retention")));
        return backend;
    }

    @AfterAll
    void close() {
        opened.forEach(LocalBackend::close);
    }

    private static long automaticRuns(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND after_data ->> 'automatic' = 'true'")
                .query(Long.class).single();
    }

    @Test
    void theJobAppliesTheDefaultPeriodsOnItsOwnAuditsTheRunAndRunsOnceADay() throws InterruptedException {
        LocalBackend backend = hub();
        JdbcClient jdbc = backend.context().jdbc();
        RetentionRows rows = new RetentionRows(jdbc);
        UUID oldAudit = rows.audit(RetentionStore.DEFAULTS.auditDays() + 1);
        UUID newAudit = rows.audit(RetentionStore.DEFAULTS.auditDays() - 1);

        // checks every 20 ms, but a run only when none started within a day
        backend.startRetention(Duration.ZERO, Duration.ofMillis(20), Duration.ofDays(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (rows.exists("audit_log", oldAudit) || automaticRuns(jdbc) == 0) {
            assertThat(System.nanoTime()).as("the job ran within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(300);

        assertThat(rows.exists("audit_log", newAudit)).isTrue();
        assertThat(automaticRuns(jdbc)).as("many checks, one run").isEqualTo(1);
        String entry = jdbc.sql("SELECT after_data::text FROM audit_log WHERE action = 'retention.run'").query(String.class).single();
        assertThat(entry).contains("\"AUDIT_ENTRIES\": 1");
        assertThat(jdbc.sql("SELECT actor_id FROM audit_log WHERE action = 'retention.run'").query(UUID.class).optional())
                .as("no one asked: the job did").isEmpty();
    }

    @Test
    void anotherProcessOnTheSameDatabaseDoesNotRunAgainTheSameDay() {
        LocalBackend backend = hub();
        JdbcClient jdbc = backend.context().jdbc();
        assertThat(RetentionStore.claim(jdbc, backend.context().clock().instant(), Duration.ofDays(1))).isTrue();
        assertThat(RetentionStore.claim(jdbc, backend.context().clock().instant(), Duration.ofDays(1))).isFalse();
        assertThat(RetentionStore.claim(jdbc, backend.context().clock().instant().plus(Duration.ofDays(1)), Duration.ofDays(1)))
                .as("a day later").isTrue();
    }

    @Test
    void aRunDeletesInBatchesUntilNothingIsLeft() {
        LocalBackend backend = hub();
        Session admin = backend.signIn(
                backend.context().jdbc().sql("SELECT email FROM personal_details LIMIT 1").query(String.class).single(),
                Hubs.ADMIN_PASSWORD);
        RetentionRows rows = new RetentionRows(backend.context().jdbc());
        List<UUID> old = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            old.add(rows.notification(admin.member().id(), 400, false));
        }

        RetentionResult result = new RetentionRun(backend.context(), 3).run(admin.member().id(), false, () -> false);

        assertThat(result.deleted(RetentionCategory.NOTIFICATIONS)).isEqualTo(7);
        assertThat(old).noneMatch(id -> rows.exists("notifications", id));
    }
}
