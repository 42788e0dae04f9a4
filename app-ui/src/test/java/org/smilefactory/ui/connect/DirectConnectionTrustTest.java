package org.smilefactory.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.platform.SharedDatabase;
import org.smilefactory.core.testsupport.OnPremisesPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

/**
 * The connection screen with the real backends on a real on-premises PostgreSQL (decision 0022): a
 * desktop never migrates the hub's shared database, and says what to do instead.
 */
class DirectConnectionTrustTest {

    private final Localization l10n = Localization.english();
    private final List<OpenedHub> opened = new ArrayList<>();

    private ConnectionViewModel directTo(String url) {
        ConnectionViewModel viewModel = new ConnectionViewModel(BackendOpener.backends(), new CurrentThreadTaskExecutor(),
                l10n, Path.of("target", "direct-trust"), opened::add, ConnectionMemory.inMemory());
        viewModel.modeProperty().set(ConnectionMode.DIRECT);
        viewModel.jdbcUrlProperty().set(url);
        viewModel.userProperty().set(OnPremisesPostgres.APP_USER);
        viewModel.passwordProperty().set(OnPremisesPostgres.APP_PASSWORD);
        return viewModel;
    }

    @Test
    void anUnmigratedSharedDatabaseIsNotMigratedAndTheScreenSaysWhoToAsk() {
        String url = OnPremisesPostgres.newDatabaseUrl();
        ConnectionViewModel viewModel = directTo(url);

        viewModel.open();

        assertThat(opened).isEmpty();
        assertThat(viewModel.errorMessageProperty().get())
                .contains("ask your administrator to run the migration: SmileFactoryHub --migrate-database --jdbc-url " + url);
    }

    @Test
    void onceTheAdministratorMigratedItTheDesktopOpensIt() {
        String url = OnPremisesPostgres.newDatabaseUrl();
        SharedDatabase.migrate(url, OnPremisesPostgres.APP_USER, OnPremisesPostgres.APP_PASSWORD);
        ConnectionViewModel viewModel = directTo(url);

        viewModel.open();

        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
        assertThat(opened).singleElement().satisfies(hub -> {
            assertThat(hub.status().setupRequired()).isTrue();
            hub.backend().close();
        });
    }
}
