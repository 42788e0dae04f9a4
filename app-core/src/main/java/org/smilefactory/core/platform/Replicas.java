package org.smilefactory.core.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.PasswordHasher;
import org.smilefactory.core.offline.DeviceSecrets;
import org.smilefactory.core.offline.Replica;
import org.smilefactory.core.offline.ReplicaState;
import org.smilefactory.core.offline.ReplicaStore;

/**
 * Opens offline replicas: a private embedded PostgreSQL per server and member under a replica root
 * folder (the desktop), or a database given by JDBC URL (tests). Both carry the hub's full schema
 * (the same Flyway migrations) and are slow to open: never on the FX thread.
 */
public final class Replicas {

    /** The sync engine, the offline session and a background pull: a few connections are plenty. */
    private static final int POOL = 4;
    private static final String PROPERTIES = "replica.properties";

    private Replicas() {
    }

    /** Opens (creating on first use) the embedded replica in {@code folder}; binaries unpack into {@code runtime}. */
    public static Replica embedded(Path folder, Path runtime) {
        return embedded(folder, runtime, null);
    }

    /** As {@link #embedded(Path, Path)}; the device credential is kept in the replica's folder for {@code deviceId}. */
    private static Replica embedded(Path folder, Path runtime, UUID deviceId) {
        Path dir = folder.toAbsolutePath();
        DataFolderLock lock = DataFolderLock.acquire(dir);
        EmbeddedDatabase postgres = null;
        try {
            postgres = EmbeddedDatabase.start(dir, runtime);
            Database database = Database.open(postgres.jdbcUrl(), postgres.user(), postgres.password(), POOL);
            EmbeddedDatabase started = postgres;
            return new Replica(context(database, dir), () -> {
                database.close();
                started.close();
                lock.close();
            }, dir.toString(), deviceId == null ? null : new DeviceSecrets(deviceId, DeviceSecrets.thisDeviceName(), dir));
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            lock.close();
            throw e;
        }
    }

    /** A replica in an existing database by JDBC URL (migrated before use); closing closes the pool only. */
    public static Replica jdbc(String jdbcUrl, String user, String password) {
        Database database = Database.open(jdbcUrl, user, password, POOL);
        return new Replica(context(database, Path.of(System.getProperty("java.io.tmpdir"))), database::close,
                Database.redact(jdbcUrl));
    }

    /**
     * The desktop's store: {@code <root>/<short hash of server and member>/} per replica, each with its
     * own PostgreSQL; the binaries are unpacked once into {@code <root>/runtime}.
     */
    public static ReplicaStore folders(Path root) {
        return new FolderStore(root.toAbsolutePath());
    }

    /**
     * A store of one replica in one database (tests: each simulated client gets a database of the test
     * PostgreSQL). Opening it for another member or server than it holds is refused while its outbox
     * holds changes, else it starts afresh.
     */
    public static ReplicaStore jdbcStore(String jdbcUrl, String user, String password) {
        return new JdbcStore(jdbcUrl, user, password);
    }

    /** The server address as replicas are keyed by: no trailing slash, lower-case scheme and host. */
    static String serverKey(URI server) {
        String text = server.toString().trim();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static CoreContext context(Database database, Path files) {
        CoreContext ctx = database.context(new PasswordHasher(10), files);
        // a replica holds members' rows without the contact fields the server hides from its owner
        // (decision 0013), so its e-mail column may be empty; a hub's never is
        ctx.jdbc().sql("ALTER TABLE personal_details ALTER COLUMN email DROP NOT NULL").update();
        return ctx;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records who the replica belongs to; an empty replica of someone else is started afresh. */
    private static void claim(Replica replica, URI server, UUID memberId, String email) {
        CoreContext ctx = replica.context();
        ctx.tx().executeWithoutResult(s -> {
            ReplicaState state = new ReplicaState(ctx.jdbc());
            Optional<String> owner = state.get(ReplicaState.MEMBER_ID);
            Optional<String> url = state.get(ReplicaState.SERVER_URL);
            boolean someoneElse = owner.isPresent() && !owner.get().equals(memberId.toString())
                    || url.isPresent() && !url.get().equals(serverKey(server));
            if (someoneElse) {
                long outbox = ctx.jdbc().sql("SELECT count(*) FROM sync_outbox").query(Long.class).single();
                if (outbox > 0) {
                    throw new BackendUnavailableException(Messages.get("syncengine.replicaMismatch", email));
                }
                new org.smilefactory.core.offline.ChangeApplier(ctx.jdbc()).wipe();
                ctx.jdbc().sql("DELETE FROM sync_state").update();
            }
            state.put(ReplicaState.SERVER_URL, serverKey(server));
            state.put(ReplicaState.MEMBER_ID, memberId.toString());
            state.put(ReplicaState.MEMBER_EMAIL, email.trim().toLowerCase(Locale.ROOT));
        });
    }

    private static final class FolderStore implements ReplicaStore {

        private final Path root;

        FolderStore(Path root) {
            this.root = root;
        }

        @Override
        public Replica open(URI server, UUID memberId, String email) {
            Path folder = root.resolve(shortHash(serverKey(server) + "|" + memberId));
            Replica replica = embedded(folder, root.resolve("runtime"), DeviceSecrets.deviceIdIn(root));
            try {
                claim(replica, server, memberId, email);
                Properties p = new Properties();
                p.setProperty("server", serverKey(server));
                p.setProperty("memberId", memberId.toString());
                p.setProperty("email", email.trim().toLowerCase(Locale.ROOT));
                write(folder.resolve(PROPERTIES), p);
                return replica;
            } catch (RuntimeException e) {
                replica.close();
                throw e;
            }
        }

        @Override
        public Optional<Replica> openExisting(URI server, String email) {
            String key = serverKey(server);
            String wanted = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
            if (!Files.isDirectory(root)) {
                return Optional.empty();
            }
            try (Stream<Path> folders = Files.list(root)) {
                List<Path> matches = folders.filter(f -> Files.isRegularFile(f.resolve(PROPERTIES)))
                        .filter(f -> {
                            Properties p = read(f.resolve(PROPERTIES));
                            return key.equals(p.getProperty("server")) && wanted.equals(p.getProperty("email"));
                        })
                        // a member deleted and created again has two: the one used last is theirs now
                        .sorted(java.util.Comparator.comparing((Path f) -> modified(f.resolve(PROPERTIES))).reversed())
                        .toList();
                return matches.isEmpty() ? Optional.empty()
                        : Optional.of(embedded(matches.get(0), root.resolve("runtime"), DeviceSecrets.deviceIdIn(root)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void rememberHub(URI server, HubStatus hub) {
            if (hub == null || hub.setupRequired()) {
                return;
            }
            Properties p = new Properties();
            p.setProperty("name", hub.hubName() == null ? "" : hub.hubName());
            p.setProperty("timeZone", hub.timeZone() == null ? "" : hub.timeZone());
            try {
                Files.createDirectories(root);
                write(root.resolve(shortHash(serverKey(server)) + ".hub.properties"), p);
            } catch (IOException | UncheckedIOException e) {
                LoggerFactory.getLogger(Replicas.class).warn("Could not remember the hub of {}: {}", server, e.toString());
            }
        }

        @Override
        public Optional<HubStatus> knownHub(URI server) {
            Path file = root.resolve(shortHash(serverKey(server)) + ".hub.properties");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties p = read(file);
            return Optional.of(new HubStatus(false, p.getProperty("name"), p.getProperty("timeZone")));
        }

        private static java.nio.file.attribute.FileTime modified(Path file) {
            try {
                return Files.getLastModifiedTime(file);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }

        private static Properties read(Path file) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                LoggerFactory.getLogger(Replicas.class).warn("Could not read {}: {}", file, e.toString());
            }
            return p;
        }

        private static void write(Path file, Properties p) {
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "SmileFactory Hub offline replica");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class JdbcStore implements ReplicaStore {

        private final String jdbcUrl;
        private final String user;
        private final String password;
        private final Map<String, HubStatus> hubs = new ConcurrentHashMap<>();
        // a simulated laptop per database: its device id and credential in a folder of its own, found
        // again by a store opened later on the same database (the laptop restarted)
        private final Path secretsFolder;
        private final UUID deviceId;

        JdbcStore(String jdbcUrl, String user, String password) {
            this.jdbcUrl = jdbcUrl;
            this.user = user;
            this.password = password;
            this.secretsFolder = Path.of(System.getProperty("java.io.tmpdir"), "smilefactory-replica-secrets", shortHash(jdbcUrl));
            this.deviceId = DeviceSecrets.deviceIdIn(secretsFolder);
        }

        private Replica jdbcReplica() {
            Replica plain = jdbc(jdbcUrl, user, password);
            return new Replica(plain.context(), plain::close, plain.location(),
                    new DeviceSecrets(deviceId, "test device " + deviceId, secretsFolder));
        }

        @Override
        public Replica open(URI server, UUID memberId, String email) {
            Replica replica = jdbcReplica();
            try {
                claim(replica, server, memberId, email);
                return replica;
            } catch (RuntimeException e) {
                replica.close();
                throw e;
            }
        }

        @Override
        public Optional<Replica> openExisting(URI server, String email) {
            Replica replica = jdbcReplica();
            ReplicaState state = new ReplicaState(replica.context().jdbc());
            String wanted = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
            if (state.get(ReplicaState.SERVER_URL).filter(serverKey(server)::equals).isPresent()
                    && state.get(ReplicaState.MEMBER_EMAIL).filter(wanted::equals).isPresent()) {
                return Optional.of(replica);
            }
            replica.close();
            return Optional.empty();
        }

        @Override
        public void rememberHub(URI server, HubStatus hub) {
            if (hub != null && !hub.setupRequired()) {
                hubs.put(serverKey(server), hub);
            }
        }

        @Override
        public Optional<HubStatus> knownHub(URI server) {
            HubStatus known = hubs.get(serverKey(server));
            if (known != null) {
                return Optional.of(known);
            }
            try (Replica replica = jdbc(jdbcUrl, user, password)) {
                ReplicaState state = new ReplicaState(replica.context().jdbc());
                if (state.get(ReplicaState.SERVER_URL).filter(serverKey(server)::equals).isEmpty()) {
                    return Optional.empty();
                }
                return state.get(ReplicaState.HUB_NAME)
                        .map(name -> new HubStatus(false, name, state.get(ReplicaState.HUB_TIME_ZONE).orElse(null)));
            }
        }
    }
}
