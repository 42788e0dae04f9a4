package org.smilefactory.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakePrivacyService;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class MyDataViewModelTest {

    private final UUID me = UUID.randomUUID();
    private final FakePrivacyService privacy = new FakePrivacyService(me);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MyDataViewModel viewModel = new MyDataViewModel(privacy, me, new CurrentThreadTaskExecutor(),
            Localization.english(), dialogs);

    @TempDir
    Path folder;

    @Test
    void exportWritesTheMembersOwnArchiveToTheChosenFile() throws Exception {
        Path file = folder.resolve(viewModel.suggestedFileName());
        viewModel.exportTo(file);
        assertThat(privacy.exported).containsExactly(me);
        assertThat(Files.readAllBytes(file)).isEqualTo(privacy.archive);
        assertThat(dialogs.notifications).singleElement().asString().contains(file.getFileName().toString());
        assertThat(viewModel.exportingProperty().get()).isFalse();
        assertThat(viewModel.progressProperty().get()).isEmpty();
        assertThat(viewModel.suggestedFileName()).endsWith(".zip");
    }

    @Test
    void aFailedExportLeavesNoHalfWrittenFileAndSaysWhy() {
        privacy.exportFailure = new BackendUnavailableException("The server went away.");
        Path file = folder.resolve("mine.zip");
        viewModel.exportTo(file);
        assertThat(file).doesNotExist();
        assertThat(dialogs.errors).singleElement().asString().contains("The server went away.");
        assertThat(viewModel.exportingProperty().get()).isFalse();
    }

    @Test
    void deletingTheAccountAsksFirstAndNothingIsSentWhenTheMemberKeepsIt() {
        dialogs.answer = false;
        viewModel.requestErasure();
        assertThat(dialogs.confirmations).containsExactly("Delete your account?");
        assertThat(privacy.requests).isEmpty();
        assertThat(viewModel.pendingProperty().get()).isFalse();
    }

    @Test
    void aConfirmedRequestIsPendingAndCanBeWithdrawn() {
        viewModel.requestErasure();
        assertThat(privacy.requests).singleElement().extracting(r -> r.status()).isEqualTo(ErasureStatus.PENDING);
        assertThat(viewModel.pendingProperty().get()).isTrue();
        // a second click while pending sends nothing
        viewModel.requestErasure();
        assertThat(privacy.requests).hasSize(1);

        viewModel.withdraw();
        assertThat(viewModel.pendingProperty().get()).isFalse();
        assertThat(viewModel.requestProperty().get().status()).isEqualTo(ErasureStatus.WITHDRAWN);
        assertThat(dialogs.notifications).containsExactly("Your request was sent to staff.", "Your deletion request was withdrawn.");
    }

    @Test
    void refreshShowsARequestMadeEarlier() {
        privacy.requestErasure(null);
        assertThat(viewModel.pendingProperty().get()).isFalse();
        viewModel.refresh();
        assertThat(viewModel.pendingProperty().get()).isTrue();
    }

    @Test
    void theConfirmationSaysWhatIsDeletedAndWhatStays() {
        String message = Localization.english().get("privacy.erase.confirm.message");
        assertThat(message).contains("signed out everywhere").contains("Former member").contains("withdraw");
    }
}
