package org.smilefactory.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.testing.FakeProfileService;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class ProfilesViewModelTest {

    private final UUID me = UUID.randomUUID();
    private final HubEvents events = new HubEvents();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeProfileService profiles = new FakeProfileService(FakeProfileService.newMember(me));
    private final ProfilesViewModel area = new ProfilesViewModel(profiles, new CurrentThreadTaskExecutor(),
            Localization.english(), dialogs, events, me, false);

    @Test
    void selectingAnEntryShowsThatMembersProfileAndOwnProfilesAreEditable() {
        profiles.directory = q -> new DirectoryPage(List.of(new DirectoryEntry(me, "Ada Moyo", null, null, null, null,
                List.of(), 13, ProfileState.DRAFT, ProfileVisibility.PUBLIC)), null);
        area.start();

        area.directory().selectedProperty().set(area.directory().entries().get(0));

        assertThat(area.member().profileProperty().get().displayName()).isEqualTo("Ada Moyo");
        assertThat(area.member().canEditProperty().get()).isTrue();
        assertThat(area.member().aboutRows()).extracting(InfoRow::label).contains("Email");
    }

    @Test
    void leavingTheEditorWithUnsavedEditsAsksAndCanBeRefused() {
        area.openMyEditor();
        area.editor().profileTypeProperty().set(ProfileType.MENTOR);
        dialogs.answer = false;

        assertThat(area.closeEditor()).isFalse();
        assertThat(area.editingProperty().get()).isTrue();

        dialogs.answer = true;
        assertThat(area.closeEditor()).isTrue();
        assertThat(area.editingProperty().get()).isFalse();
    }

    @Test
    void aSaveReloadsTheDirectory() {
        area.start();
        int before = profiles.queries.size();
        area.openMyEditor();
        area.editor().bioProperty().set("Fintech mentor");

        area.editor().save();

        assertThat(profiles.queries).hasSize(before + 1);
    }
}
