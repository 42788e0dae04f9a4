package org.smilefactory.ui.profiles;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Profiles area: the directory with the selected member's profile beside it, and the editor in
 * their place while editing. Keeps the three in step (selection loads the profile; a save reloads the
 * directory and the profile shown).
 */
public final class ProfilesViewModel {

    private final DirectoryViewModel directory;
    private final MemberProfileViewModel member;
    private final ProfileEditorViewModel editor;
    private final UUID me;
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private boolean started;

    public ProfilesViewModel(ProfileService profiles, TaskExecutor executor, Localization l10n, DialogService dialogs,
                             HubEvents events, UUID me, boolean staff) {
        Objects.requireNonNull(profiles);
        this.me = me;
        this.directory = new DirectoryViewModel(profiles, executor, l10n, staff);
        this.member = new MemberProfileViewModel(profiles, executor, l10n, me, staff, this::openEditor);
        this.editor = new ProfileEditorViewModel(profiles, executor, l10n, dialogs, events);
        directory.selectedProperty().addListener((obs, old, entry) -> {
            if (entry == null || old == null || !entry.memberId().equals(old.memberId())) {
                member.load(entry == null ? null : entry.memberId());
            }
        });
        events.profilesChangedProperty().addListener((obs, old, now) -> {
            if (started) {
                directory.refresh();
                member.refresh();
            }
        });
    }

    /** First time the area is shown: load the directory. */
    public void start() {
        if (!started) {
            started = true;
            directory.refresh();
        }
    }

    public void openEditor(UUID memberId) {
        if (editing.get() && !editor.confirmLeave()) {
            return;
        }
        if (memberId == null || memberId.equals(me)) {
            editor.loadMine();
        } else {
            editor.load(memberId);
        }
        editing.set(true);
    }

    public void openMyEditor() {
        openEditor(me);
    }

    /** Back to the directory, asking first if there are unsaved edits. */
    public boolean closeEditor() {
        if (!editing.get()) {
            return true;
        }
        if (!editor.confirmLeave()) {
            return false;
        }
        editing.set(false);
        member.refresh();
        return true;
    }

    public DirectoryViewModel directory() {
        return directory;
    }

    public MemberProfileViewModel member() {
        return member;
    }

    public ProfileEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }
}
