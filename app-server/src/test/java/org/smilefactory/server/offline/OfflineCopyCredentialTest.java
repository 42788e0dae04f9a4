package org.smilefactory.server.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncStatus;
import org.smilefactory.core.common.OwnerOnlyFiles;
import org.smilefactory.core.offline.OfflineSettings;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.Replicas;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.server.TestServer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: an offline copy signs itself back in with a revocable, device-bound credential, never with
 * a password it kept; ending the member's sessions (an admin, a password change elsewhere, removing the
 * member) stops it from signing itself back in, and the desktop says so. Real server on loopback, the
 * desktop's own offline backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineCopyCredentialTest {

    private static final OfflineSettings FAST = OfflineSettings.defaults()
            .withIntervals(Duration.ofMinutes(10), Duration.ofMinutes(10));
    private static final String PASSWORD = "only-typed-once-7";

    private TestServer server;
    private Backend direct;
    private Session admin;
    private JdbcClient serverDb;
    private final List<Backend> clients = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();

    @BeforeAll
    void startServer() {
        // tokens are expired and members removed behind the server's back (SQL) here: no token memory
        // (decision 0014), so the server sees it on the next request
        server = TestServer.start("--logging.level.root=WARN", "--smilefactory.server.token-cache-ttl=PT0S");
        serverDb = server.localBackend().context().jdbc();
        direct = Backends.remote(server.uri());
        admin = direct.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")).withSetupCode(server.setupCode()));
    }

    @AfterEach
    void signOut() {
        sessions.forEach(Session::signOut);
        sessions.clear();
        clients.forEach(Backend::close);
        clients.clear();
    }

    @AfterAll
    void stopServer() {
        direct.close();
        server.close();
    }

    @Test
    void theCopyKeepsNoPasswordAndSignsItselfBackInWithItsDeviceCredential(@TempDir Path replicas) throws Exception {
        String email = newMember();
        Backend desktop = Backends.remote(server.uri(), Replicas.folders(replicas), FAST);
        clients.add(desktop);
        Session session = signIn(desktop, email);
        OfflineSync sync = synced(session);

        // nothing the session holds is the password
        assertThat(stringsReachableFrom(session)).isNotEmpty().doesNotContain(PASSWORD);
        // the credential is in the replica's folder, owner-only, and the server has only its hash
        Path file;
        try (Stream<Path> found = Files.walk(replicas, 2)) {
            file = found.filter(p -> p.getFileName().toString().equals("device.credential")).findFirst().orElseThrow();
        }
        String credential = Files.readString(file).strip();
        assertThat(credential).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(PASSWORD);
        if (OwnerOnlyFiles.protectionHere() == OwnerOnlyFiles.Protection.POSIX_PERMISSIONS) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (Stream<Path> all = Files.walk(replicas)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.toString().contains("pgdata")
                    && !p.toString().contains("runtime")).toList()) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain(PASSWORD);
            }
        }
        assertThat(serverDb.sql("SELECT count(*) FROM device_credentials WHERE token_hash = ?")
                .param(sha256(credential)).query(Long.class).single()).isEqualTo(1);
        assertThat(serverDb.sql("SELECT count(*) FROM device_credentials WHERE token_hash = ?")
                .param(credential).query(Long.class).single()).isZero();

        // the copy's session token ends (expired during days offline): the next sync signs in again
        expireSessionTokens(email);
        sync.syncNow();
        assertThat(sync.status().message()).isNull();
        assertThat(serverDb.sql("""
                SELECT count(*) FROM auth_tokens t JOIN personal_details p ON p.user_id = t.user_id
                 WHERE lower(p.email) = lower(?) AND t.revoked_at IS NULL AND t.expires_at > now() AND t.device_credential_id IS NOT NULL
                """).param(email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdminsRevocationStopsTheCopyFromSigningItselfBackIn() {
        String email = newMember();
        Client client = newClient();
        Session session = signIn(client.backend, email);
        OfflineSync sync = synced(session);

        admin.accounts().revokeServerSessions(session.member().id());

        assertThatThrownBy(sync::syncNow).isInstanceOf(UnauthenticatedException.class);
        assertThat(sync.status().message()).contains("no longer accepts this sign-in");
    }

    @Test
    void aPasswordChangeElsewhereStopsTheCopyFromSigningItselfBackIn() {
        String email = newMember();
        Client client = newClient();
        Session session = signIn(client.backend, email);
        OfflineSync sync = synced(session);

        Session elsewhere = direct.signIn(email, PASSWORD);
        elsewhere.accounts().changePassword(PASSWORD, "changed-elsewhere-8");

        assertThatThrownBy(sync::syncNow).isInstanceOf(UnauthenticatedException.class);
        assertThat(sync.status().message()).contains("no longer accepts this sign-in");
        // the session that changed it is still signed in
        assertThat(elsewhere.accounts().me().email()).isEqualToIgnoringCase(email);
        elsewhere.signOut();
    }

    @Test
    void aPasswordChangeMadeInTheCopysOwnSessionKeepsItSignedIn() {
        String email = newMember();
        Client client = newClient();
        Session session = signIn(client.backend, email);
        OfflineSync sync = synced(session);

        session.accounts().changePassword(PASSWORD, "changed-here-9");
        expireSessionTokens(email);

        sync.syncNow();
        assertThat(sync.status().message()).isNull();
    }

    @Test
    void removingTheMemberStopsTheCopyFromSigningItselfBackIn() {
        String email = newMember();
        Client client = newClient();
        Session session = signIn(client.backend, email);
        OfflineSync sync = synced(session);

        serverDb.sql("UPDATE personal_details SET deleted_at = now() WHERE lower(email) = lower(?)").param(email).update();
        expireSessionTokens(email);

        assertThatThrownBy(sync::syncNow).isInstanceOf(UnauthenticatedException.class);
        assertThat(sync.status().message()).contains("no longer accepts this sign-in");
    }

    // ---------------------------------------------------------------------------------------------

    private record Client(String url, Backend backend) {
    }

    private Client newClient() {
        String url = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
        Backend backend = Backends.remote(server.uri(), Replicas.jdbcStore(url, "postgres", ""), FAST);
        clients.add(backend);
        return new Client(url, backend);
    }

    private String newMember() {
        String email = Hubs.uniqueEmail("laptop");
        admin.accounts().createMember(new CreateMember(email, PASSWORD, "Farai", "Ncube", Role.USER));
        return email;
    }

    private Session signIn(Backend backend, String email) {
        Session session = backend.signIn(email, PASSWORD);
        sessions.add(session);
        return session;
    }

    private static OfflineSync synced(Session session) {
        SyncStatus status = OfflineWorkTest.await(session, s -> s.lastSyncedAt() != null && s.phase() == SyncPhase.IDLE);
        assertThat(status.message()).isNull();
        return session.offlineSync().orElseThrow();
    }

    /** As if the copy's session tokens had lived their 14 days; device credentials are left alone. */
    private void expireSessionTokens(String email) {
        serverDb.sql("""
                UPDATE auth_tokens SET expires_at = now() - interval '1 second'
                 WHERE user_id = (SELECT user_id FROM personal_details WHERE lower(email) = lower(?))
                """).param(email).update();
    }

    private static String sha256(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Every string held by our own objects reachable from the session (fields of org.smilefactory classes,
     * their proxies' handlers and lambdas; JDK and library internals are not entered).
     */
    private static List<String> stringsReachableFrom(Object root) throws IllegalAccessException {
        List<String> strings = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Object o = todo.remove(todo.size() - 1);
            if (o == null || seen.put(o, true) != null) {
                continue;
            }
            if (Proxy.isProxyClass(o.getClass())) {
                todo.add(Proxy.getInvocationHandler(o));
                continue;
            }
            if (!o.getClass().getName().startsWith("org.smilefactory")) {
                continue;
            }
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    Object v = f.get(o);
                    if (v instanceof String s) {
                        strings.add(s);
                    } else if (v instanceof char[] chars) {
                        strings.add(new String(chars));
                    } else if (v != null) {
                        todo.add(v);
                    }
                }
            }
        }
        return strings;
    }
}
