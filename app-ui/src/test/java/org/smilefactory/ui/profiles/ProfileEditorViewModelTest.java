package org.smilefactory.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.testing.FakeProfileService;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class ProfileEditorViewModelTest {

    private final UUID me = UUID.randomUUID();
    private final Localization l10n = Localization.english();
    private final HubEvents events = new HubEvents();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FakeProfileService profiles;
    private ProfileEditorViewModel editor;

    @BeforeEach
    void loadNewMember() {
        profiles = new FakeProfileService(FakeProfileService.newMember(me));
        editor = new ProfileEditorViewModel(profiles, new CurrentThreadTaskExecutor(), l10n, dialogs, events);
        editor.loadMine();
    }

    private DetailField field(String name) {
        return editor.detailsProperty().get().field(name).orElseThrow();
    }

    @Test
    void loadingShowsTheStoredProfileWithoutMarkingItDirty() {
        assertThat(editor.loadedProperty().get()).isTrue();
        assertThat(editor.firstNameProperty().get()).isEqualTo("Ada");
        assertThat(editor.detailsProperty().get()).isNull();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void choosingATypeShowsItsFieldsWithTheRightEditors() {
        editor.profileTypeProperty().set(ProfileType.BUSINESS_INVESTOR);

        DetailsForm form = editor.detailsProperty().get();
        assertThat(form.type()).isEqualTo(ProfileType.BUSINESS_INVESTOR);
        assertThat(form.field("investmentFocus").orElseThrow().kind()).isEqualTo(DetailField.Kind.LIST);
        assertThat(form.field("investmentStagePreference").orElseThrow().kind()).isEqualTo(DetailField.Kind.CHOICES);
        assertThat(form.field("ticketSizeMin").orElseThrow().kind()).isEqualTo(DetailField.Kind.MONEY);
        assertThat(form.field("investmentCriteria").orElseThrow().kind()).isEqualTo(DetailField.Kind.LONG_TEXT);
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void everyProfileTypeHasAFormWithALabelForEachField() {
        FieldLabels labels = new FieldLabels(l10n);
        for (ProfileType type : ProfileType.values()) {
            DetailsForm form = DetailsForm.of(type);
            assertThat(form.fields()).isNotEmpty();
            for (DetailField f : form.fields()) {
                assertThat(l10n.has("field.details." + f.name()))
                        .as("bundle label for %s.%s", type, f.name()).isTrue();
                assertThat(labels.label(f.path())).doesNotContain("field.");
            }
            for (Enum<?> option : form.fields().stream().flatMap(f -> f.options().stream()).toList()) {
                assertThat(l10n.has("enum." + option.getDeclaringClass().getSimpleName() + "." + option.name()))
                        .as("bundle label for %s", option).isTrue();
            }
        }
    }

    @Test
    void textTypedForOneTypeIsKeptWhenLookingAtAnotherAndComingBack() {
        editor.profileTypeProperty().set(ProfileType.INNOVATOR);
        field("startupName").textProperty().set("SolarCart");
        editor.profileTypeProperty().set(ProfileType.MENTOR);
        editor.profileTypeProperty().set(ProfileType.INNOVATOR);

        assertThat(field("startupName").textProperty().get()).isEqualTo("SolarCart");
    }

    @Test
    void aNonNumericAmountIsReportedNextToItsFieldAndNothingIsSaved() {
        editor.profileTypeProperty().set(ProfileType.INNOVATOR);
        field("fundingAmountNeeded").textProperty().set("lots");

        editor.save();

        assertThat(field("fundingAmountNeeded").errorProperty().get()).isEqualTo(l10n.get("editor.money.invalid"));
        assertThat(editor.errorMessageProperty().get()).isEqualTo(l10n.get("form.fixFields"));
        assertThat(profiles.saves).isEmpty();
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void typingIntoAFieldClearsItsError() {
        editor.profileTypeProperty().set(ProfileType.INNOVATOR);
        field("teamSize").textProperty().set("five");
        editor.save();
        assertThat(field("teamSize").errorProperty().get()).isNotEmpty();

        field("teamSize").textProperty().set("5");

        assertThat(field("teamSize").errorProperty().get()).isEmpty();
    }

    @Test
    void savingSendsTheChosenTypesParsedDetails() {
        editor.profileTypeProperty().set(ProfileType.INNOVATOR);
        field("industryFocus").textProperty().set("Agritech");
        field("innovationStage").choiceProperty().set(InnovationStage.MVP);
        field("startupName").textProperty().set("SolarCart");
        field("fundingAmountNeeded").textProperty().set("25,000.50");
        field("teamSize").textProperty().set("4");

        editor.save();

        assertThat(profiles.saves).hasSize(1);
        var command = profiles.saves.get(0);
        assertThat(command.profileType()).isEqualTo(ProfileType.INNOVATOR);
        assertThat(command.expectedVersion()).isEqualTo(1);
        assertThat(command.details()).isEqualTo(new InnovatorDetails("Agritech", InnovationStage.MVP, "SolarCart",
                null, new BigDecimal("25000.50"), 4, null, null, null));
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(events.profilesChangedProperty().get()).isEqualTo(1);
        assertThat(dialogs.notifications).containsExactly(l10n.get("editor.saved"));
    }

    @Test
    void listsAndMultipleChoicesAreSentInOrder() {
        editor.profileTypeProperty().set(ProfileType.BUSINESS_INVESTOR);
        field("investmentFocus").textProperty().set(" Fintech,  Agritech ,, Health ");
        field("investmentStagePreference").choices().add(InnovationStage.GROWTH);
        field("investmentStagePreference").choices().add(InnovationStage.IDEA);

        editor.save();

        InvestorDetails details = (InvestorDetails) profiles.saves.get(0).details();
        assertThat(details.investmentFocus()).containsExactly("Fintech", "Agritech", "Health");
        assertThat(details.investmentStagePreference()).containsExactly(InnovationStage.IDEA, InnovationStage.GROWTH);
    }

    @Test
    void backendViolationsLandNextToCommonAndDetailFields() {
        editor.profileTypeProperty().set(ProfileType.BUSINESS_INVESTOR);
        profiles.nextFailure = new ValidationException(List.of(
                new Violation("firstName", "too-long", "At most 100 characters"),
                new Violation("details.ticketSizeMax", "min-above-max", "Must not be below the smallest ticket"),
                new Violation("somethingElse", "odd", "A problem with no field on this form")));

        editor.save();

        assertThat(editor.errors().of("firstName").get()).isEqualTo("At most 100 characters");
        assertThat(field("ticketSizeMax").errorProperty().get()).isEqualTo("Must not be below the smallest ticket");
        assertThat(editor.errorMessageProperty().get()).isEqualTo("A problem with no field on this form");
    }

    @Test
    void aStaleVersionOffersToReload() {
        editor.firstNameProperty().set("Adaeze");
        profiles.nextFailure = new ConflictException("Someone saved this profile after you opened it.");

        editor.save();

        assertThat(editor.conflictProperty().get()).isTrue();
        assertThat(editor.firstNameProperty().get()).isEqualTo("Adaeze");

        editor.reload();

        assertThat(editor.conflictProperty().get()).isFalse();
        assertThat(editor.firstNameProperty().get()).isEqualTo("Ada");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void publishingNeedsAProfileType() {
        editor.publish();

        assertThat(editor.errors().of("profileType").get()).isEqualTo(l10n.get("editor.publish.needsType"));
        assertThat(profiles.stored.state()).isEqualTo(ProfileState.DRAFT);
    }

    @Test
    void publishingSavesPendingEditsFirst() {
        editor.profileTypeProperty().set(ProfileType.MENTOR);

        editor.publish();

        assertThat(profiles.saves).hasSize(1);
        assertThat(editor.stateProperty().get()).isEqualTo(ProfileState.PUBLISHED);
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void completionFollowsWhatIsFilledIn() {
        // Ada Moyo: 2 of 7 common fields, no type yet (the type counts as the eighth): 25%, rounded as
        // the backend rounds (ProfileCompletion).
        assertThat(editor.completionProperty().get()).isEqualTo(25 / 100.0);

        editor.profileTypeProperty().set(ProfileType.INNOVATOR);
        assertThat(editor.completionProperty().get()).isEqualTo(13 / 100.0);

        field("startupName").textProperty().set("SolarCart");
        editor.locationProperty().set("Harare");
        assertThat(editor.completionProperty().get()).isEqualTo(25 / 100.0);
    }

    @Test
    void leavingWithUnsavedEditsAsksFirst() {
        assertThat(editor.confirmLeave()).isTrue();
        assertThat(dialogs.confirmations).isEmpty();

        editor.bioProperty().set("Building solar carts");
        dialogs.answer = false;

        assertThat(editor.confirmLeave()).isFalse();
        assertThat(dialogs.confirmations).hasSize(1);
    }
}
