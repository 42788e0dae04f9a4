package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.OnPremisesPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Direct mode's trust model (decision 0022) with the real desktop backend on a separate on-premises
 * PostgreSQL: a desktop never migrates the shared database, says what to do when the schema does not match
 * its build, only staff sign in, migrating is the administrator's explicit, audited action, and the
 * desktops' role cannot read or change what the database keeps from them.
 */
class DirectModeTrustTest {

    private static final String OWNER = OnPremisesPostgres.APP_USER;
    private static final String OWNER_PASSWORD = OnPremisesPostgres.APP_PASSWORD;

    private final String url = OnPremisesPostgres.newDatabaseUrl();

    @Test
    void aDesktopOnAnUnmigratedDatabaseSaysAskYourAdministratorAndMigratesNothing() {
        BackendUnavailableException e = catchThrowableOfType(BackendUnavailableException.class,
                () -> Backends.directShared(url, OWNER, OWNER_PASSWORD));

        assertThat(e.getMessage()).contains("ask your administrator to run the migration")
                .contains("SmileFactoryHub --migrate-database --jdbc-url " + url);
        assertThat(owner().sql("SELECT to_regclass('public.flyway_schema_history') IS NULL").query(Boolean.class).single())
                .as("not even Flyway's history table was created").isTrue();
        assertThat(owner().sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").query(Long.class).single()).isZero();
    }

    @Test
    void aDesktopOnAnOlderDatabaseSaysSoAndLeavesItAtItsVersion() {
        Flyway.configure().dataSource(url, OWNER, OWNER_PASSWORD).locations(SchemaVersion.LOCATION).target("50").load().migrate();

        BackendUnavailableException e = catchThrowableOfType(BackendUnavailableException.class,
                () -> Backends.directShared(url, OWNER, OWNER_PASSWORD));

        assertThat(e.getMessage()).contains("schema version 50, older than this desktop")
                .contains("ask your administrator to run the migration: SmileFactoryHub --migrate-database");
        assertThat(appliedVersions()).last().isEqualTo("50");
    }

    @Test
    void aDesktopOnANewerDatabaseSaysUpdateThisDesktopAndTheMigrationRefusesToTouchIt() {
        SharedDatabase.migrate(url, OWNER, OWNER_PASSWORD);
        String shipped = appliedVersions().get(appliedVersions().size() - 1);
        owner().sql("""
                INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                  installed_by, installed_on, execution_time, success)
                SELECT max(installed_rank) + 1, '9999', 'from a newer build', 'SQL', 'V9999__from_a_newer_build.sql',
                  0, current_user, now(), 1, true FROM flyway_schema_history
                """).update();

        BackendUnavailableException e = catchThrowableOfType(BackendUnavailableException.class,
                () -> Backends.directShared(url, OWNER, OWNER_PASSWORD));
        assertThat(e.getMessage()).contains("schema version 9999, newer than this desktop (version " + shipped + ")")
                .contains("Update this desktop");

        assertThatThrownBy(() -> SharedDatabase.migrate(url, OWNER, OWNER_PASSWORD))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("Update this desktop");
    }

    @Test
    void theAdministratorsMigrationCommandBringsItUpToDateAndIsAudited() {
        Flyway.configure().dataSource(url, OWNER, OWNER_PASSWORD).locations(SchemaVersion.LOCATION).target("50").load().migrate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = MigrateDatabaseCommand.run(List.of("--migrate-database", "--jdbc-url", url, "--user", OWNER),
                Map.of("SMILEFACTORY_DB_PASSWORD", OWNER_PASSWORD), () -> null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String latest = appliedVersions().get(appliedVersions().size() - 1);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema version 50 -> " + latest);
        assertThat(latest).isNotEqualTo("50");
        Map<String, Object> audit = owner().sql("""
                SELECT actor_id, before_data ->> 'schemaVersion' AS before_version,
                       after_data ->> 'schemaVersion' AS after_version, after_data ->> 'databaseUser' AS db_user
                FROM audit_log WHERE action = 'database.migrate'
                """).query().singleRow();
        assertThat(audit).containsEntry("before_version", "50").containsEntry("after_version", latest)
                .containsEntry("db_user", OWNER);
        assertThat(audit.get("actor_id")).isNull();

        try (Backend desktop = Backends.directShared(url, OWNER, OWNER_PASSWORD)) {
            assertThat(desktop.info().mode()).isEqualTo(BackendMode.DIRECT);
            assertThat(desktop.hubStatus().setupRequired()).isTrue();
        }
    }

    @Test
    void theMigrationCommandWithoutItsOptionsPrintsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MigrateDatabaseCommand.run(List.of("--migrate-database"), Map.of(), () -> null,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--jdbc-url URL --user OWNER");
    }

    @Test
    void onlyStaffSignInOnADirectConnection() {
        SharedDatabase.migrate(url, OWNER, OWNER_PASSWORD);
        String login = OnPremisesPostgres.newDesktopLogin();
        try (Backend desktop = Backends.directShared(url, login, OnPremisesPostgres.DESKTOP_PASSWORD)) {
            Session admin = desktop.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            String memberEmail = Hubs.uniqueEmail("member");
            admin.accounts().createMember(new org.smilefactory.core.api.accounts.CreateMember(memberEmail,
                    Hubs.MEMBER_PASSWORD, "Tendai", "Member", Role.USER));
            String staffEmail = Hubs.uniqueEmail("staff");
            admin.accounts().createMember(new org.smilefactory.core.api.accounts.CreateMember(staffEmail,
                    Hubs.MEMBER_PASSWORD, "Esi", "Staff", Role.STAFF));

            assertThatThrownBy(() -> desktop.signIn(memberEmail, Hubs.MEMBER_PASSWORD))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessage(Messages.get("platform.directStaffOnly"));
            assertThat(desktop.signIn(staffEmail, Hubs.MEMBER_PASSWORD).member().role()).isEqualTo(Role.STAFF);
        }
    }

    @Test
    void theDesktopsRoleCannotReadSecretsRewriteHistoryOrChangeTheSchema() {
        SharedDatabase.migrate(url, OWNER, OWNER_PASSWORD);
        String login = OnPremisesPostgres.newDesktopLogin();
        try (Backend desktop = Backends.directShared(url, login, OnPremisesPostgres.DESKTOP_PASSWORD)) {
            // the whole desktop works as that role: setup, members (their rows fire the change-log triggers),
            // and revoking a member's server sessions (which writes auth_tokens without reading token_hash)
            Session admin = desktop.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            Session staff = Hubs.member(desktop, admin, Role.STAFF, "Esi", "Staff");
            admin.accounts().revokeServerSessions(staff.member().id());
        }
        owner().sql("INSERT INTO auth_tokens (user_id, token_hash, purpose, expires_at) "
                + "SELECT user_id, 'not-a-real-hash', 'session', now() + interval '1 day' FROM personal_details LIMIT 1").update();
        JdbcClient desk = as(login, OnPremisesPostgres.DESKTOP_PASSWORD);

        assertThat(desk.sql("SELECT count(user_id) FROM auth_tokens").query(Long.class).single()).isEqualTo(1);
        for (String refused : List.of(
                "SELECT token_hash FROM auth_tokens",
                "SELECT * FROM auth_tokens",
                "SELECT exit_pin_hash FROM kiosk_assignments",
                "SELECT count(*) FROM sync_change_log",
                "UPDATE audit_log SET action = 'nothing happened'",
                "DELETE FROM audit_log",
                "DELETE FROM flyway_schema_history",
                "INSERT INTO flyway_schema_history (installed_rank, description, type, script, installed_by, execution_time, success) "
                        + "VALUES (999, 'x', 'SQL', 'x', 'x', 0, true)",
                "CREATE TABLE desk_table (id int)",
                "ALTER TABLE personal_details ADD COLUMN sneaky text",
                "DROP TABLE audit_log")) {
            assertThatThrownBy(() -> desk.sql(refused).query().listOfRows()).as(refused)
                    .rootCause().hasMessageMatching("(?s)ERROR: (permission denied|must be owner).*");
        }
        assertThat(desk.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isPositive();
        assertThat(owner().sql("SELECT count(*) FROM audit_log WHERE action = 'nothing happened'").query(Long.class).single()).isZero();
    }

    private JdbcClient owner() {
        return as(OWNER, OWNER_PASSWORD);
    }

    private JdbcClient as(String user, String password) {
        return JdbcClient.create(new DriverManagerDataSource(url, user, password));
    }

    private List<String> appliedVersions() {
        return owner().sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .query(String.class).list();
    }
}
