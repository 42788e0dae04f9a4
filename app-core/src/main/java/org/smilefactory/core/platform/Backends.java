package org.smilefactory.core.platform;

import java.net.URI;
import java.nio.file.Path;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.backup.BackupSettings;
import org.smilefactory.core.offline.OfflineBackend;
import org.smilefactory.core.offline.OfflineSettings;
import org.smilefactory.core.offline.ReplicaStore;
import org.smilefactory.core.remote.RemoteBackend;

/**
 * Opens a {@link Backend}. Opening is slow (starting PostgreSQL, migrating): never call these on
 * the FX thread.
 */
public final class Backends {

    /** The desktop is one user; a few connections cover the UI plus background work. */
    private static final int DESKTOP_POOL = 6;

    private Backends() {
    }

    /**
     * The default: a private PostgreSQL in {@code dataFolder/pgdata}, started (and on first use
     * created) by this call, migrated, and stopped by {@link Backend#close()}.
     *
     * @throws org.smilefactory.core.api.BackendUnavailableException when the folder is locked by a
     *         running instance or unusable, with a message for the user
     */
    public static Backend embedded(Path dataFolder) {
        // The embedded hub is the one database the desktop owns: an admin backs it up and restores it
        // in the app (decision 0017). Automatic backups start only where the app asks for them.
        return ((LocalBackend) embedded(dataFolder, DESKTOP_POOL)).enableBackups(BackupSettings.fromSystemProperties(true));
    }

    /** As {@link #embedded(Path)} with a pool sized for a server, and no backups until the caller enables them. */
    public static Backend embedded(Path dataFolder, int poolSize) {
        Path folder = dataFolder.toAbsolutePath();
        DataFolderLock lock = DataFolderLock.acquire(folder);
        EmbeddedDatabase postgres = null;
        try {
            postgres = EmbeddedDatabase.start(folder);
            Database database = Database.open(postgres.jdbcUrl(), postgres.user(), postgres.password(), poolSize);
            EmbeddedDatabase started = postgres;
            AutoCloseable stopAll = () -> {
                started.close();
                lock.close();
            };
            return new LocalBackend(database, stopAll,
                    new BackendInfo(BackendMode.EMBEDDED, postgres.dataDirectory().toString(), database.version()), folder);
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * {@code backend} applying the hub's retention periods in the background when it is a database of
     * its own (the embedded hub), as the desktop opens it; a server connection is left alone, because
     * the server applies retention to its database itself, and so is a shared direct-mode database, which
     * belongs to the hub (decision 0022) and is purged by its administrator with Apply now (decision 0023).
     */
    public static Backend withRetention(Backend backend) {
        if (backend instanceof LocalBackend local) {
            local.startRetention();
        }
        return backend;
    }

    /**
     * A desktop in direct mode: the hub's shared on-premises PostgreSQL by JDBC URL, which this desktop
     * does not own (decision 0022). It is never migrated: opening fails with what to do when its schema is
     * older ("ask your administrator to run the migration") or newer ("update this desktop") than this
     * build's, and only staff and administrators may sign in.
     *
     * @throws org.smilefactory.core.api.BackendUnavailableException with a message for the user
     */
    public static Backend directShared(String jdbcUrl, String user, String password) {
        Database database = Database.openShared(jdbcUrl, user, password, DESKTOP_POOL);
        return new DirectModeBackend(new LocalBackend(database, null,
                new BackendInfo(BackendMode.DIRECT, Database.redact(jdbcUrl), database.version()),
                DataFolder.resolve().toAbsolutePath()));
    }

    /**
     * An on-premises PostgreSQL by JDBC URL that this process owns (the server's own database, a tool's,
     * a test's): migrated before use. A desktop uses {@link #directShared} instead.
     */
    public static Backend direct(String jdbcUrl, String user, String password) {
        return direct(jdbcUrl, user, password, DESKTOP_POOL);
    }

    /** As {@link #direct(String, String, String)} with a pool sized for a server. */
    public static Backend direct(String jdbcUrl, String user, String password, int poolSize) {
        return direct(jdbcUrl, user, password, poolSize, DataFolder.resolve());
    }

    /** As {@link #direct(String, String, String, int)}, keeping files (uploaded media) under {@code files}. */
    public static Backend direct(String jdbcUrl, String user, String password, int poolSize, Path files) {
        Database database = Database.open(jdbcUrl, user, password, poolSize);
        return new LocalBackend(database, null,
                new BackendInfo(BackendMode.DIRECT, Database.redact(jdbcUrl), database.version()), files.toAbsolutePath());
    }

    /**
     * The bundled app-server at {@code serverUrl} (e.g. {@code http://hub.local:8080}); opening is
     * cheap: nothing is contacted until the first call.
     */
    public static Backend remote(URI serverUrl) {
        return new RemoteBackend(serverUrl);
    }

    /**
     * The app-server at {@code serverUrl} with "work offline": each member who signs in gets a replica
     * of what they may see under {@code replicaRoot} (an embedded PostgreSQL per server and member),
     * taken in the background after the first sign-in and kept fresh while online. When the server
     * cannot be reached, calls go to the replica (changes wait in its outbox) and a member with a
     * replica can sign in offline; {@link org.smilefactory.core.api.Session#offlineSync()} shows and
     * controls the state. Opening is cheap; signing in opens the replica (slow: not on the FX thread).
     */
    public static Backend remote(URI serverUrl, Path replicaRoot) {
        return new OfflineBackend(serverUrl, Replicas.folders(replicaRoot), OfflineSettings.defaults());
    }

    /**
     * As {@link #remote(URI, Path)}; with {@code neededOnly} a staff member's replica keeps only their
     * own data and the events they organise or attend ("Keep only what I need", for laptops that travel).
     */
    public static Backend remote(URI serverUrl, Path replicaRoot, boolean neededOnly) {
        return new OfflineBackend(serverUrl, Replicas.folders(replicaRoot),
                OfflineSettings.defaults().withNeededOnly(neededOnly));
    }

    /** As {@link #remote(URI, Path)} with replicas from {@code replicas} and other timings (tests). */
    public static Backend remote(URI serverUrl, ReplicaStore replicas, OfflineSettings settings) {
        return new OfflineBackend(serverUrl, replicas, settings);
    }
}
