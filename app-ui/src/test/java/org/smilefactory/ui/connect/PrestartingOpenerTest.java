package org.smilefactory.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;

class PrestartingOpenerTest {

    @TempDir
    Path folder;

    private final AtomicInteger embeddedOpens = new AtomicInteger();
    private final List<FakeBackend> closed = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failNext;

    private final BackendOpener counting = new BackendOpener() {
        @Override
        public Backend embedded(Path dataFolder) {
            embeddedOpens.incrementAndGet();
            RuntimeException failure = failNext;
            failNext = null;
            if (failure != null) {
                throw failure;
            }
            return new FakeBackend(BackendMode.EMBEDDED);
        }

        @Override
        public Backend direct(String jdbcUrl, String user, String password) {
            return new FakeBackend(BackendMode.DIRECT);
        }

        @Override
        public Backend remote(java.net.URI serverUrl) {
            return new FakeBackend(BackendMode.SERVER);
        }

        @Override
        public Backend remoteWithOfflineCopy(java.net.URI serverUrl, Path replicaRoot) {
            return new FakeBackend(BackendMode.SERVER);
        }
    };

    private void existingHub() throws Exception {
        Files.createDirectories(folder.resolve("pgdata"));
        Files.writeString(folder.resolve("pgdata/PG_VERSION"), "17");
    }

    @Test
    void anExistingHubIsStartedAheadAndHandedOverOnOpen() throws Exception {
        existingHub();
        PrestartingOpener opener = PrestartingOpener.start(counting, folder);
        Backend backend = opener.embedded(folder);
        assertThat(backend.info().mode()).isEqualTo(BackendMode.EMBEDDED);
        assertThat(embeddedOpens).hasValue(1);
        opener.close();
        assertThat(closed).isEmpty();
    }

    @Test
    void aNewDataFolderIsNotStartedUnasked() {
        PrestartingOpener opener = PrestartingOpener.start(counting, folder);
        opener.close();
        assertThat(embeddedOpens).hasValue(0);
    }

    @Test
    void choosingDirectStopsThePrestartedHub() throws Exception {
        existingHub();
        PrestartingOpener opener = PrestartingOpener.start(counting, folder);
        assertThat(opener.direct("jdbc:postgresql://db/hub", "u", "p").info().mode()).isEqualTo(BackendMode.DIRECT);
        long deadline = System.currentTimeMillis() + 5_000;
        while (closed.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(closed).extracting(b -> b.mode).containsExactly(BackendMode.EMBEDDED);
    }

    @Test
    void aFailedPrestartIsRetriedOnOpenAndItsErrorReported() throws Exception {
        existingHub();
        failNext = new BackendUnavailableException("open in another window");
        PrestartingOpener opener = PrestartingOpener.start(counting, folder);
        Backend backend = opener.embedded(folder);
        assertThat(backend).isNotNull();
        assertThat(embeddedOpens).hasValue(2);

        failNext = new BackendUnavailableException("still locked");
        assertThatThrownBy(() -> opener.embedded(folder)).hasMessage("still locked");
    }

    @Test
    void anUnclaimedPrestartStopsWhenTheAppExits() throws Exception {
        existingHub();
        PrestartingOpener opener = PrestartingOpener.start(counting, folder);
        opener.close();
        assertThat(closed).hasSize(1);
    }

    private final class FakeBackend implements Backend {
        final BackendMode mode;

        FakeBackend(BackendMode mode) {
            this.mode = mode;
        }

        @Override
        public BackendInfo info() {
            return new BackendInfo(mode, "fake", "none");
        }

        @Override
        public HubStatus hubStatus() {
            return new HubStatus(true, null, "Africa/Harare");
        }

        @Override
        public Session completeSetup(FirstRunSetup setup) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Session signIn(String email, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed.add(this);
        }
    }
}
