package org.smilefactory.core.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.OwnerOnlyFiles;

/**
 * The private PostgreSQL of the desktop: persistent in {@code <dataFolder>/pgdata}, loopback only,
 * password protected (scram), stopped cleanly by {@link #close()}.
 *
 * <p>zonky's initdb always uses trust authentication, so on the first start we set a random
 * password (kept in {@code db.secret}, owner-readable only) and switch pg_hba.conf to scram before
 * anything else connects.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";

    /**
     * What makes a committed transaction survive a crash of PostgreSQL or a power cut. zonky is built
     * for tests: it starts the postmaster with {@code -F} (fsync off) and sets
     * {@code synchronous_commit=off}; {@code -c} settings come after {@code -F} on its command line,
     * so these win. Decision 0003 lists every other default of the library and why it may stay.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;
    private final String password;
    private final Path pgdata;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, Path pgdata) {
        this.postgres = postgres;
        this.password = password;
        this.pgdata = pgdata;
    }

    static EmbeddedDatabase start(Path dataFolder) {
        return start(dataFolder, null);
    }

    /**
     * As {@link #start(Path)}, unpacking the PostgreSQL binaries into {@code runtimeFolder} (shared by
     * the offline replicas of one desktop) instead of {@code <dataFolder>/runtime}; null for the default.
     */
    static EmbeddedDatabase start(Path dataFolder, Path runtimeFolder) {
        Path pgdata = dataFolder.resolve("pgdata");
        boolean firstStart = !Files.exists(pgdata.resolve("PG_VERSION"));
        try {
            Platform platform = Platform.current();
            requireLaunchable(platform);
            String password = readOrCreateSecret(dataFolder.resolve("db.secret"));
            String workingDir = System.getProperty("ot.epg.working-dir");
            Path runtime = workingDir != null ? Path.of(workingDir)
                    : runtimeFolder != null ? runtimeFolder : dataFolder.resolve("runtime");
            stopOrphanedServer(pgdata, runtime, platform.os());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (workingDir == null) {
                // The PostgreSQL binaries unpack into the data folder rather than a shared /tmp that
                // other users can write to and temp cleaners empty under a running database.
                builder.setOverrideWorkingDirectory(
                        (runtimeFolder != null ? runtimeFolder : dataFolder.resolve("runtime")).toFile());
            }
            DURABLE.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(pgdata)
                    .setCleanDataDirectory(false)
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(postgres, password, pgdata);
            try {
                if (firstStart) {
                    db.requirePassword();
                }
                try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                    requireDurable(c);
                }
            } catch (IOException | RuntimeException | SQLException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException | SQLException e) {
            throw new BackendUnavailableException(Messages.get("platform.embeddedFailed", pgdata,
                    Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, "postgres");
    }

    String user() {
        return SUPERUSER;
    }

    String password() {
        return password;
    }

    Path dataDirectory() {
        return pgdata;
    }

    /**
     * Refuses a database that could forget acknowledged writes: every {@link #DURABLE} setting must
     * read as required from the running server, whatever the library or a config file did.
     *
     * @throws BackendUnavailableException naming the settings that are off
     */
    static void requireDurable(Connection c) throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN ('"
                     + String.join("','", DURABLE.keySet()) + "')")) {
            Map<String, String> actual = new HashMap<>();
            while (rs.next()) {
                actual.put(rs.getString(1), rs.getString(2));
            }
            DURABLE.forEach((name, required) -> {
                if (!required.equals(actual.get(name))) {
                    wrong.add(name + "=" + actual.get(name));
                }
            });
        }
        if (!wrong.isEmpty()) {
            wrong.sort(null);
            throw new BackendUnavailableException(Messages.get("platform.notDurable", String.join(", ", wrong)));
        }
        log.info("Embedded PostgreSQL runs durable: {}", DURABLE);
    }

    private void requirePassword() throws IOException, SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(pgdata.resolve("pg_hba.conf"), """
                    # Written by SmileFactory Hub: loopback only, always with the password in db.secret.
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """, StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        }
    }

    /**
     * A crashed app leaves its PostgreSQL running on our data directory. We hold the data folder
     * lock, so a postmaster there is an orphan of ours: stop it so this start can proceed. But after a
     * reboot the pid in the stale file may be any other program's: only a process that is this data
     * folder's PostgreSQL is signalled ({@link OrphanedPostgres}).
     */
    private static void stopOrphanedServer(Path pgdata, Path runtime, Os os) {
        Path pidFile = pgdata.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<PostmasterPid> content = PostmasterPid.read(pgdata);
        if (content.isEmpty()) {
            log.warn("Could not read {}: PostgreSQL decides what to do with it", pidFile);
            return;
        }
        try {
            if (OrphanedPostgres.stopIfOurs(content.get(), pgdata, runtime, os) == OrphanedPostgres.Verdict.NOT_OURS) {
                // the file is stale (its pid is another program now): PostgreSQL would refuse to start
                // while that program lives, so it goes. Where we cannot tell, it stays and PostgreSQL decides.
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not handle {}: {}", pidFile, e.toString());
        }
    }

    /**
     * Refuses early, with a message for the user, where PostgreSQL would refuse to run (as root without a
     * user namespace: macOS, or Linux without {@code unshare}); logs how it is started otherwise. zonky
     * adds {@code unshare -U} itself in exactly the {@link Platform.PostgresLaunch#UNSHARE} case.
     */
    private static void requireLaunchable(Platform platform) {
        boolean root = platform.runningAsRoot();
        boolean unshare = root && platform.os() == Os.LINUX && io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable();
        Platform.PostgresLaunch launch = launchOrRefuse(platform.os(), root, unshare);
        log.debug("Embedded PostgreSQL on {} starts {}", platform.os(), launch);
    }

    /** {@link Platform#postgresLaunch}, or the user's message where PostgreSQL cannot run. */
    static Platform.PostgresLaunch launchOrRefuse(Os os, boolean root, boolean unshareAvailable) {
        Platform.PostgresLaunch launch = Platform.postgresLaunch(os, root, unshareAvailable);
        if (launch == Platform.PostgresLaunch.REFUSED_AS_ROOT) {
            throw new BackendUnavailableException(Messages.get("platform.embeddedAsRoot"));
        }
        return launch;
    }

    private static String readOrCreateSecret(Path secretFile) {
        Optional<String> known = OwnerOnlyFiles.read(secretFile);
        if (known.isPresent()) {
            // files of earlier builds (Windows: inherited ACL) or copied by a migration are tightened too
            OwnerOnlyFiles.protect(secretFile);
            return known.get();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // owner-only from the start on every system (POSIX permissions or the Windows ACL)
        OwnerOnlyFiles.write(secretFile, secret);
        return secret;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly; it recovers on the next start", e);
        }
    }
}
