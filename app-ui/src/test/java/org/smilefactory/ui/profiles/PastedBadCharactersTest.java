package org.smilefactory.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

/**
 * A NUL or half an emoji pasted into a form reaches the real local backend, which refuses it with a
 * field message (decision 0020); the editor shows it next to the field and nothing is saved.
 */
class PastedBadCharactersTest {

    private Backend backend;
    private Session member;
    private ProfileEditorViewModel editor;

    @BeforeEach
    void openEditorOnARealBackend() {
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        member = Hubs.member(backend, admin, Role.USER, "Paste", "Er");
        editor = new ProfileEditorViewModel(member.profiles(), new CurrentThreadTaskExecutor(), Localization.english(),
                new RecordingDialogs(), new HubEvents());
        editor.loadMine();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void aPastedNulIsShownNextToItsFieldAndNothingIsSaved() {
        long version = member.profiles().mine().version();
        editor.firstNameProperty().set("Pa\u0000ste");
        editor.save();
        assertThat(editor.errors().of("firstName").get()).isEqualTo("Must not contain a NUL character.");
        assertThat(member.profiles().mine().version()).isEqualTo(version);
    }

    @Test
    void aPastedLoneSurrogateIsShownNextToItsField() {
        editor.firstNameProperty().set("Paste\ud83d");
        editor.save();
        assertThat(editor.errors().of("firstName").get()).contains("broken character");
        assertThat(member.profiles().mine().firstName()).isEqualTo("Paste");
    }
}
