package org.smilefactory.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.messaging.ConversationSummary;
import org.smilefactory.core.api.messaging.ConversationType;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.Participant;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

/** The group conversation form on a real database: field errors in place, filtering, the group made, people added. */
class GroupFormViewModelTest {

    private static final String PASSWORD = "a long enough secret";

    private final Localization l10n = Localization.english();
    private final Backend backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    private final List<UUID> opened = new ArrayList<>();
    private Session rudo;
    private ObservableList<ConnectionView> connections;
    private GroupFormViewModel form;

    @BeforeEach
    void hub() {
        Session admin = backend.completeSetup(new FirstRunSetup("Harare Innovation Hub", "Africa/Harare", "Ada", "Admin",
                "ada@hub.example", PASSWORD));
        for (String name : List.of("rudo", "tendai", "chipo", "farai")) {
            admin.accounts().createMember(new CreateMember(name + "@hub.example", PASSWORD,
                    Character.toUpperCase(name.charAt(0)) + name.substring(1), "Moyo", Role.USER));
        }
        rudo = backend.signIn("rudo@hub.example", PASSWORD);
        for (String name : List.of("tendai", "chipo")) {
            Session other = backend.signIn(name + "@hub.example", PASSWORD);
            other.connections().request(new RequestConnection(rudo.member().id(), null));
            rudo.connections().accept(other.member().id());
        }
        connections = FXCollections.observableArrayList(rudo.connections().connections(null, 200).entries());
        form = GroupFormViewModel.newGroup(rudo.messaging(), connections, new CurrentThreadTaskExecutor(), l10n, opened::add);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void aMissingNameAndNoMembersAreMarkedNextToTheirFieldsAndNothingIsMade() {
        assertThat(form.chosenTextProperty().get()).isEqualTo("Choose at least one connection");

        form.submit();

        assertThat(form.errors().of("title").get()).isNotEmpty();
        assertThat(form.errors().of("memberIds").get()).isNotEmpty();
        assertThat(form.bannerProperty().get()).isEmpty();
        assertThat(form.doneProperty().get()).isFalse();
        assertThat(opened).isEmpty();
        assertThat(rudo.messaging().conversations(null, 10).conversations()).isEmpty();

        // fixing a field clears its message at once
        form.titleProperty().set("Demo day volunteers");
        assertThat(form.errors().of("title").get()).isEmpty();
        form.setChosen(connections.get(0), true);
        assertThat(form.errors().of("memberIds").get()).isEmpty();
    }

    @Test
    void theCreatorAddsConnectionsNotYetInTheGroup() {
        Session farai = backend.signIn("farai@hub.example", PASSWORD);
        farai.connections().request(new RequestConnection(rudo.member().id(), null));
        rudo.connections().accept(farai.member().id());
        connections.setAll(rudo.connections().connections(null, 200).entries());
        UUID tendai = connections.stream().filter(c -> c.memberName().startsWith("Tendai")).findFirst().orElseThrow().memberId();
        ConversationView group = rudo.messaging().createGroup(new NewGroupConversation("Demo day volunteers", List.of(tendai)));

        GroupFormViewModel add = GroupFormViewModel.addPeople(rudo.messaging(), connections, group,
                new CurrentThreadTaskExecutor(), l10n, opened::add);
        assertThat(add.isNewGroup()).isFalse();
        // Tendai is in already: only the others are offered
        assertThat(add.candidates()).extracting(ConnectionView::memberName).containsExactlyInAnyOrder("Chipo Moyo", "Farai Moyo");
        add.submit();
        assertThat(add.errors().of("memberIds").get()).isNotEmpty();
        assertThat(add.doneProperty().get()).isFalse();

        add.filterProperty().set("farai");
        add.setChosen(add.candidates().get(0), true);
        add.submit();

        assertThat(add.doneProperty().get()).isTrue();
        assertThat(opened).containsExactly(group.id());
        assertThat(rudo.messaging().conversation(group.id()).participants()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Rudo Moyo", "Tendai Moyo", "Farai Moyo");
        assertThat(farai.messaging().conversation(group.id()).title()).isEqualTo("Demo day volunteers");
    }

    @Test
    void connectionsAreFoundByNameAndTheGroupIsMadeWithThoseChosen() {
        form.filterProperty().set("  TEN ");
        assertThat(form.candidates()).extracting(ConnectionView::memberName).containsExactly("Tendai Moyo");
        form.setChosen(form.candidates().get(0), true);
        form.filterProperty().set("chipo");
        form.setChosen(form.candidates().get(0), true);
        form.filterProperty().set("");
        assertThat(form.candidates()).hasSize(2);
        assertThat(form.candidates()).allMatch(form::isChosen);
        assertThat(form.chosenTextProperty().get()).isEqualTo("2 connections chosen");

        form.titleProperty().set("Demo day volunteers");
        form.submit();

        assertThat(form.doneProperty().get()).isTrue();
        assertThat(opened).hasSize(1);
        ConversationView group = rudo.messaging().conversation(opened.get(0));
        assertThat(group.type()).isEqualTo(ConversationType.GROUP);
        assertThat(group.title()).isEqualTo("Demo day volunteers");
        assertThat(group.participants()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Rudo Moyo", "Tendai Moyo", "Chipo Moyo");
        assertThat(rudo.messaging().conversations(null, 10).conversations()).extracting(ConversationSummary::id)
                .containsExactly(group.id());
    }
}
