package org.smilefactory.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeBackend;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class ConnectionViewModelTest {

    private final Localization l10n = Localization.english();
    private final FakeBackend backend = new FakeBackend();
    private final List<String> opened = new ArrayList<>();
    private final List<OpenedHub> results = new ArrayList<>();
    private RuntimeException openFailure;

    private final BackendOpener opener = new BackendOpener() {
        @Override
        public Backend embedded(Path dataFolder) {
            opened.add("embedded " + dataFolder);
            if (openFailure != null) {
                throw openFailure;
            }
            return backend;
        }

        @Override
        public Backend direct(String jdbcUrl, String user, String password) {
            opened.add("direct " + jdbcUrl + " " + user + " " + password);
            return backend;
        }

        @Override
        public Backend remote(java.net.URI serverUrl) {
            opened.add("remote " + serverUrl);
            return backend;
        }

        @Override
        public Backend remoteWithOfflineCopy(java.net.URI serverUrl, Path replicaRoot) {
            opened.add("remote " + serverUrl + " with offline copy in " + replicaRoot);
            return backend;
        }

        @Override
        public Backend remoteWithOfflineCopy(java.net.URI serverUrl, Path replicaRoot, boolean neededOnly) {
            opened.add("remote " + serverUrl + " with offline copy in " + replicaRoot + (neededOnly ? " of only what is needed" : ""));
            return backend;
        }
    };

    private final ConnectionMemory memory = ConnectionMemory.inMemory();
    private final ConnectionViewModel viewModel = new ConnectionViewModel(opener, new CurrentThreadTaskExecutor(),
            l10n, Path.of("/data/hub"), results::add, memory);

    @Test
    void theServerNeedsAWebAddressAndIsRememberedOnceItOpens() {
        viewModel.modeProperty().set(ConnectionMode.SERVER);
        viewModel.open();
        assertThat(viewModel.errors().of("serverUrl").get()).isEqualTo(l10n.get("connect.server.url.required"));

        viewModel.serverUrlProperty().set("jdbc:postgresql://hub-db/hub");
        viewModel.open();
        assertThat(viewModel.errors().of("serverUrl").get()).isEqualTo(l10n.get("connect.server.url.invalid"));
        assertThat(opened).isEmpty();

        viewModel.serverUrlProperty().set(" https://hub.example.org ");
        assertThat(viewModel.errors().of("serverUrl").get()).as("typing clears the old error").isEmpty();
        viewModel.open();
        assertThat(opened).containsExactly("remote https://hub.example.org");
        assertThat(memory.serverUrl()).isEqualTo("https://hub.example.org");
        assertThat(memory.lastMode()).isEqualTo(ConnectionMode.SERVER);

        ConnectionViewModel nextStart = new ConnectionViewModel(opener, new CurrentThreadTaskExecutor(), l10n,
                Path.of("/data/hub"), results::add, memory);
        assertThat(nextStart.modeProperty().get()).isEqualTo(ConnectionMode.SERVER);
        assertThat(nextStart.serverUrlProperty().get()).isEqualTo("https://hub.example.org");
    }

    @Test
    void anOfflineCopyIsKeptInTheDataFolderAndRememberedWithTheServer() {
        viewModel.modeProperty().set(ConnectionMode.SERVER);
        viewModel.serverUrlProperty().set("https://hub.example.org");
        assertThat(viewModel.offlineCopyProperty().get()).as("off unless asked").isFalse();
        viewModel.offlineCopyProperty().set(true);
        viewModel.open();
        assertThat(opened).containsExactly("remote https://hub.example.org with offline copy in "
                + Path.of("/data/hub/replicas"));
        assertThat(memory.offlineCopy()).isTrue();

        ConnectionViewModel nextStart = new ConnectionViewModel(opener, new CurrentThreadTaskExecutor(), l10n,
                Path.of("/data/hub"), results::add, memory);
        assertThat(nextStart.offlineCopyProperty().get()).isTrue();
        nextStart.offlineCopyProperty().set(false);
        nextStart.open();
        assertThat(opened).last().isEqualTo("remote https://hub.example.org");
        assertThat(memory.offlineCopy()).isFalse();
    }

    @Test
    void keepOnlyWhatINeedIsPassedToTheOfflineCopyAndRemembered() {
        viewModel.modeProperty().set(ConnectionMode.SERVER);
        viewModel.serverUrlProperty().set("https://hub.example.org");
        assertThat(viewModel.neededOnlyProperty().get()).as("everything unless asked").isFalse();
        viewModel.neededOnlyProperty().set(true);
        viewModel.open();
        assertThat(opened).as("no offline copy, nothing to keep less of").containsExactly("remote https://hub.example.org");

        viewModel.offlineCopyProperty().set(true);
        viewModel.open();
        Path replicas = Path.of("/data/hub").resolve("replicas");
        assertThat(opened).last().isEqualTo("remote https://hub.example.org with offline copy in " + replicas
                + " of only what is needed");
        assertThat(memory.neededOnly()).isTrue();

        ConnectionViewModel nextStart = new ConnectionViewModel(opener, new CurrentThreadTaskExecutor(), l10n,
                Path.of("/data/hub"), results::add, memory);
        assertThat(nextStart.neededOnlyProperty().get()).isTrue();
        nextStart.neededOnlyProperty().set(false);
        nextStart.open();
        assertThat(opened).last().isEqualTo("remote https://hub.example.org with offline copy in " + replicas);
        assertThat(memory.neededOnly()).isFalse();
    }

    @Test
    void embeddedIsTheDefaultAndOpensInOneStep() {
        assertThat(viewModel.modeProperty().get()).isEqualTo(ConnectionMode.EMBEDDED);
        assertThat(viewModel.canOpenProperty().get()).isTrue();

        viewModel.open();

        assertThat(opened).containsExactly("embedded " + Path.of("/data/hub"));
        assertThat(results).extracting(OpenedHub::backend).containsExactly(backend);
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void aLockedDataFolderIsReportedOnTheScreen() {
        openFailure = new BackendUnavailableException("The data folder is locked by a running SmileFactory Hub.");

        viewModel.open();

        assertThat(results).isEmpty();
        assertThat(viewModel.errorMessageProperty().get())
                .isEqualTo("The data folder is locked by a running SmileFactory Hub.");
    }

    @Test
    void directNeedsAPostgresUrlAndAUserBeforeConnecting() {
        viewModel.modeProperty().set(ConnectionMode.DIRECT);
        viewModel.jdbcUrlProperty().set("http://hub-db:5432");

        viewModel.open();

        assertThat(opened).isEmpty();
        assertThat(viewModel.errors().of("jdbcUrl").get()).isEqualTo(l10n.get("connect.direct.url.invalid"));
        assertThat(viewModel.errors().of("user").get()).isEqualTo(l10n.get("connect.direct.user.required"));

        viewModel.jdbcUrlProperty().set(" jdbc:postgresql://hub-db:5432/hub ");
        viewModel.userProperty().set("staff");
        assertThat(viewModel.errors().of("jdbcUrl").get()).isEmpty();

        viewModel.open();

        assertThat(opened).containsExactly("direct jdbc:postgresql://hub-db:5432/hub staff ");
        assertThat(results).hasSize(1);
    }

}
