package org.smilefactory.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakePrivacyService;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class ErasureRequestsViewModelTest {

    private final FakePrivacyService privacy = new FakePrivacyService(UUID.randomUUID());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ErasureRequestsViewModel viewModel = new ErasureRequestsViewModel(privacy, new CurrentThreadTaskExecutor(),
            Localization.english(), dialogs);
    private final ErasureRequest rudo = FakePrivacyService.request(UUID.randomUUID(), UUID.randomUUID(), "Rudo Moyo", ErasureStatus.PENDING);

    ErasureRequestsViewModelTest() {
        privacy.requests.add(rudo);
        privacy.requests.add(FakePrivacyService.request(UUID.randomUUID(), UUID.randomUUID(), "Old Decided", ErasureStatus.DECLINED));
    }

    @Test
    void theListHoldsOnlyPendingRequests() {
        viewModel.refresh();
        assertThat(viewModel.requests()).containsExactly(rudo);
        assertThat(viewModel.canDecideProperty().get()).isFalse();
        viewModel.selectedProperty().set(rudo);
        assertThat(viewModel.canDecideProperty().get()).isTrue();
    }

    @Test
    void confirmingNamesTheMemberAsksFirstAndReloads() {
        int[] decided = {0};
        viewModel.setOnDecided(() -> decided[0]++);
        viewModel.refresh();
        viewModel.selectedProperty().set(rudo);
        viewModel.confirmSelected();
        assertThat(dialogs.confirmations).containsExactly("Delete Rudo Moyo's account?");
        assertThat(privacy.decisions).singleElement().satisfies(d -> assertThat(d.confirm()).isTrue());
        assertThat(viewModel.requests()).isEmpty();
        assertThat(dialogs.notifications).containsExactly("Rudo Moyo's account was deleted.");
        assertThat(decided[0]).isEqualTo(1);
    }

    @Test
    void answeringNoToTheConfirmationErasesNothing() {
        dialogs.answer = false;
        viewModel.refresh();
        viewModel.selectedProperty().set(rudo);
        viewModel.confirmSelected();
        assertThat(privacy.decisions).isEmpty();
        assertThat(viewModel.requests()).containsExactly(rudo);
    }

    @Test
    void decliningSendsTheNote() {
        viewModel.refresh();
        viewModel.selectedProperty().set(rudo);
        viewModel.noteProperty().set("  Your invoice is still open  ");
        viewModel.declineSelected();
        assertThat(privacy.decisions).singleElement().satisfies(d -> {
            assertThat(d.confirm()).isFalse();
            assertThat(d.note()).isEqualTo("Your invoice is still open");
        });
        assertThat(viewModel.noteProperty().get()).isEmpty();
        assertThat(privacy.requests.get(0).status()).isEqualTo(ErasureStatus.DECLINED);
    }

    @Test
    void aDecisionSomeoneElseAlreadyMadeShowsTheReasonAndReloads() {
        viewModel.refresh();
        viewModel.selectedProperty().set(rudo);
        privacy.decideErasure(rudo.id(), new org.smilefactory.core.api.privacy.ErasureDecision(false, null));
        viewModel.declineSelected();
        assertThat(viewModel.errorMessageProperty().get()).contains("already been decided");
        assertThat(viewModel.requests()).isEmpty();
    }
}
