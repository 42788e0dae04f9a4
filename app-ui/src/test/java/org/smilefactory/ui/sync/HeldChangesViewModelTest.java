package org.smilefactory.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.smilefactory.ui.l10n.HubTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeOfflineSync;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class HeldChangesViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:05:00Z");
    private static final UUID TENDAI = UUID.randomUUID();

    private final Localization l10n = Localization.english();
    private final FakeOfflineSync sync = new FakeOfflineSync();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<UUID> edited = new ArrayList<>();
    private final List<Runnable> saves = new ArrayList<>();
    private final HeldChangesViewModel viewModel = new HeldChangesViewModel(sync, new CurrentThreadTaskExecutor(), l10n,
            dialogs, (member, onSaved) -> {
                edited.add(member);
                saves.add(onSaved);
            }, Clock.fixed(NOW, ZoneOffset.UTC), new HubTime(ZoneId.of("Africa/Harare"), Locale.UK));

    private static HeldChange profileConflict() {
        return new HeldChange(UUID.randomUUID(), MutationKinds.PROFILE_SAVE, "personal_details", TENDAI,
                MutationOutcome.CONFLICT, "Someone saved this profile since you started editing.", "Profile of Tendai Moyo",
                """
                {"memberId":"%s","expectedVersion":3,"firstName":"Tendai","lastName":"Moyo","bio":"Builds solar kits.",
                 "location":"Harare","profileType":"INNOVATOR","visibility":"PUBLIC","phoneNumber":"0772 000 111",
                 "details":{"innovationStage":"PROTOTYPE"}}
                """.formatted(TENDAI),
                """
                {"member_id":"%s","version":4,"first_name":"Tendai","last_name":"Moyo","bio":"Builds solar kits for schools.",
                 "location":"Bulawayo","profile_type":"innovator","profile_visibility":"public","innovation_stage":"prototype"}
                """.formatted(TENDAI),
                Instant.parse("2026-11-25T09:30:00Z"));
    }

    private static HeldChange rejectedCheckIn() {
        return new HeldChange(UUID.randomUUID(), MutationKinds.CHECK_IN, "event_check_in_scans", UUID.randomUUID(),
                MutationOutcome.REJECTED, "This kiosk is no longer assigned to the event.", "Check-in of ticket AB12",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"code\":\"AB12CD34EF56\",\"scannedAt\":\"2026-11-25T08:00:00Z\"}",
                null, Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void nothingHeldShowsTheEmptyState() {
        assertThat(viewModel.emptyProperty().get()).as("not before loading").isFalse();
        viewModel.refresh();
        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(viewModel.selectedProperty().get()).isNull();
    }

    @Test
    void aConflictShowsTheFieldsThatDifferSideBySideWithReadableNames() {
        sync.held.add(profileConflict());
        viewModel.refresh();

        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(viewModel.selectedProperty().get().summary()).isEqualTo("Profile of Tendai Moyo");
        assertThat(viewModel.outcomeTextProperty().get()).isEqualTo("Changed on the server too");
        assertThat(viewModel.reasonTextProperty().get()).contains("Someone saved this profile");
        assertThat(viewModel.madeTextProperty().get()).isEqualTo("You made this change 11:30");
        assertThat(viewModel.fields()).extracting(ChangeDiff.Field::name, ChangeDiff.Field::mine, ChangeDiff.Field::theirs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("About you", "Builds solar kits.", "Builds solar kits for schools."),
                        org.assertj.core.groups.Tuple.tuple("Location", "Harare", "Bulawayo"));

        viewModel.onlyDifferencesProperty().set(false);
        assertThat(viewModel.fields()).extracting(ChangeDiff.Field::name)
                .as("ids and versions are bookkeeping, enums match across cases")
                .contains("First name", "Last name", "About you", "Location", "Who can see your profile")
                .doesNotContain("Member id", "Expected version");
        assertThat(viewModel.fields()).as("a field the server's row does not carry is not a difference")
                .filteredOn(f -> f.name().equals("Phone")).singleElement()
                .satisfies(f -> assertThat(f.theirs()).isEqualTo("\u2014"));
        assertThat(viewModel.fields()).filteredOn(f -> f.name().equals("Stage")).singleElement()
                .satisfies(f -> assertThat(f.mine()).isEqualTo("Prototype"));
        assertThat(viewModel.fields()).filteredOn(ChangeDiff.Field::differs).hasSize(2);
        assertThat(viewModel.minePrettyProperty().get()).contains("\n").contains("\"bio\" : \"Builds solar kits.\"");
        assertThat(viewModel.canEditProperty().get()).isTrue();
    }

    @Test
    void keepMineAndTakeTheirsAskFirstThenResolveAndMoveOn() {
        HeldChange conflict = profileConflict();
        HeldChange rejected = rejectedCheckIn();
        sync.held.add(conflict);
        sync.held.add(rejected);
        viewModel.refresh();

        dialogs.answer = false;
        viewModel.keepMine();
        assertThat(sync.calls).doesNotContain("keepMine " + conflict.mutationId());

        dialogs.answer = true;
        viewModel.keepMine();
        assertThat(sync.calls).contains("keepMine " + conflict.mutationId());
        assertThat(dialogs.notifications).containsExactly("Your version is being sent to the server.");
        assertThat(viewModel.changes()).containsExactly(rejected);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(rejected);
        assertThat(viewModel.outcomeTextProperty().get()).isEqualTo("The server did not accept this change");
        assertThat(viewModel.fields()).as("no server version: every field shown against a dash")
                .extracting(ChangeDiff.Field::name).containsExactly("Code", "Scanned at");
        assertThat(viewModel.theirsPrettyProperty().get()).isEqualTo("The server sent no current version.");
        assertThat(viewModel.canEditProperty().get()).as("a check-in has no editor").isFalse();

        viewModel.takeTheirs();
        assertThat(sync.calls).contains("takeTheirs " + rejected.mutationId());
        assertThat(viewModel.emptyProperty().get()).isTrue();
    }

    @Test
    void editingOpensTheProfileAndItsSaveTakesThePlaceOfTheOfflineChange() {
        HeldChange conflict = profileConflict();
        sync.held.add(conflict);
        viewModel.refresh();

        viewModel.edit();
        assertThat(edited).containsExactly(TENDAI);
        assertThat(sync.calls).doesNotContain("takeTheirs " + conflict.mutationId());

        saves.get(0).run();
        assertThat(sync.calls).contains("takeTheirs " + conflict.mutationId());
        assertThat(dialogs.notifications).containsExactly("Your new edit replaces the offline change.");
        assertThat(viewModel.emptyProperty().get()).isTrue();
    }

    @Test
    void aChangeResolvedElsewhereMeanwhileIsSaidAndTheListRefreshed() {
        HeldChange conflict = profileConflict();
        sync.held.add(conflict);
        viewModel.refresh();
        sync.held.clear();

        viewModel.takeTheirs();

        assertThat(dialogs.notifications).containsExactly("That change is no longer waiting for a decision.");
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }
}
