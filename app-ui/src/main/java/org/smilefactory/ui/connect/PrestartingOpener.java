package org.smilefactory.ui.connect;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.Backend;

/**
 * Starts an existing embedded hub while the connection screen is on show, so "Open hub" usually finds
 * it running: most people open the embedded hub, and starting PostgreSQL plus the first database
 * work in a fresh JVM takes ~2 s that would otherwise come after the click. Only an already created
 * data folder is started (a new user, or one who always connects directly, never gets an unasked
 * database); choosing Direct instead stops it again. A failed pre-start (say, the folder is open in
 * another window) is simply retried on the click, which then reports the error.
 */
public final class PrestartingOpener implements BackendOpener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrestartingOpener.class);

    private final BackendOpener delegate;
    private final Path dataFolder;
    private CompletableFuture<Backend> prestarted;

    private PrestartingOpener(BackendOpener delegate, Path dataFolder) {
        this.delegate = delegate;
        this.dataFolder = dataFolder;
    }

    public static PrestartingOpener start(BackendOpener delegate, Path dataFolder) {
        PrestartingOpener opener = new PrestartingOpener(delegate, dataFolder);
        if (Files.exists(dataFolder.resolve("pgdata").resolve("PG_VERSION"))) {
            opener.prestarted = CompletableFuture.supplyAsync(() -> delegate.embedded(dataFolder), runnable -> {
                Thread t = new Thread(runnable, "embedded-prestart");
                t.setDaemon(true);
                t.start();
            });
        }
        return opener;
    }

    @Override
    public synchronized Backend embedded(Path folder) {
        CompletableFuture<Backend> started = take();
        if (started != null && folder.equals(dataFolder)) {
            try {
                return started.join();
            } catch (CompletionException e) {
                LOG.info("Pre-start of {} failed ({}); opening on request", folder, e.getCause().toString());
            }
        } else {
            discard(started);
        }
        return delegate.embedded(folder);
    }

    @Override
    public synchronized Backend direct(String jdbcUrl, String user, String password) {
        discard(take());
        return delegate.direct(jdbcUrl, user, password);
    }

    @Override
    public synchronized Backend remote(URI serverUrl) {
        discard(take());
        return delegate.remote(serverUrl);
    }

    @Override
    public synchronized Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot) {
        discard(take());
        return delegate.remoteWithOfflineCopy(serverUrl, replicaRoot);
    }

    @Override
    public synchronized Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot, boolean neededOnly) {
        discard(take());
        return delegate.remoteWithOfflineCopy(serverUrl, replicaRoot, neededOnly);
    }

    /** On exit: a pre-started hub nobody claimed still has to stop cleanly. */
    @Override
    public synchronized void close() {
        CompletableFuture<Backend> started = take();
        if (started != null) {
            try {
                started.join().close();
            } catch (RuntimeException e) {
                LOG.debug("Unclaimed pre-start ended with {}", e.toString());
            }
        }
    }

    private CompletableFuture<Backend> take() {
        CompletableFuture<Backend> started = prestarted;
        prestarted = null;
        return started;
    }

    private static void discard(CompletableFuture<Backend> started) {
        if (started != null) {
            started.thenAccept(Backend::close);
        }
    }
}
