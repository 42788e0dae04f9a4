package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.search.SearchViewModel;
import org.smilefactory.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Search and moderation end to end on a real database: find a member through the top bar's search
 * box (with a typo) and open their profile, report them, then as the hub's admin hide them from the
 * moderation queue and see the decision in the audit log.
 */
@ExtendWith(ApplicationExtension.class)
class SearchAndModerationFlowTest {

    private static final String MEMBER_PASSWORD = "member-password-1";

    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private RunningApp app;

    @Start
    void start(Stage stage) {
        app = RunningApp.start(stage, l10n);
    }

    @Stop
    void stop() {
        app.stop();
    }

    /** A member with a published public profile, made through the contract as staff and the member would. */
    private UUID publishedMember(String adminEmail, String first, String last) {
        try (Backend backend = Backends.direct(jdbcUrl, "postgres", "")) {
            Session admin = backend.signIn(adminEmail, HubFlowTest.PASSWORD);
            String email = first.toLowerCase() + "@hub.example";
            admin.accounts().createMember(new CreateMember(email, MEMBER_PASSWORD, first, last, Role.USER));
            Session member = backend.signIn(email, MEMBER_PASSWORD);
            ProfileView mine = member.profiles().mine();
            ProfileView saved = member.profiles().save(new SaveProfile(mine.memberId(), mine.version(), first, last, null,
                    null, null, null, "Solar irrigation for smallholders.", "Harare", ProfileType.INNOVATOR,
                    ProfileVisibility.PUBLIC, null));
            member.profiles().publish(saved.memberId(), saved.version());
            return saved.memberId();
        }
    }

    private ProfileState stateOf(String adminEmail, UUID member) {
        try (Backend backend = Backends.direct(jdbcUrl, "postgres", "")) {
            return backend.signIn(adminEmail, HubFlowTest.PASSWORD).profiles().get(member).state();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void findAMemberReportThemAndHideThemFromTheQueue(FxRobot robot) {
        String adminEmail = "rudo@hub.example";
        HubFlowTest.connectDirect(robot, jdbcUrl);
        HubFlowTest.fillSetup(robot, adminEmail);
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));
        UUID tendai = publishedMember(adminEmail, "Tendai", "Marowa");

        // Ctrl+K: the top bar's search box, a typo in the first name, Enter opens the highlighted hit.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#globalSearchField").queryAs(TextField.class).isFocused());
        robot.write("Tendia Marowa");
        // the results popup is a window of its own, in the scene graph only while it shows
        waitUntil(() -> showing(robot, "#searchResults") && robot.lookup("#searchResults").queryAs(ListView.class)
                .getItems().stream().anyMatch(r -> r instanceof SearchViewModel.Row row && !row.isHeading()
                        && row.hit().kind() == SearchKind.MEMBER && row.hit().id().equals(tendai)));
        ListView<SearchViewModel.Row> results = robot.lookup("#searchResults").queryAs(ListView.class);
        assertThat(results.getItems().get(0).isHeading()).isTrue();
        assertThat(results.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Tendai Marowa".equals(robot.lookup("#nameLabel").queryAs(Label.class).getText()));
        assertThat(showing(robot, "#searchResults")).as("Enter closes the results").isFalse();

        // Report: without a reason the form says so next to the field and stays open.
        robot.clickOn("#reportButton");
        waitUntil(() -> showing(robot, "#reportSendButton"));
        robot.clickOn("#reportSendButton");
        waitUntil(() -> showing(robot, "#reportReasonError"));
        assertThat(robot.lookup("#reportReasonError").queryAs(Label.class).getText()).isNotBlank();
        ComboBox<ReportReason> reason = robot.lookup("#reportReasonBox").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(ReportReason.SPAM));
        robot.clickOn("#reportDetailsField").write("Sends the same advert to everyone");
        robot.clickOn("#reportSendButton");
        waitUntil(() -> !showing(robot, "#reportSendButton"));

        // Admin: the report is in the queue; hide the member after confirming.
        ListView<Area> nav = robot.lookup("#navList").queryAs(ListView.class);
        robot.interact(() -> nav.getSelectionModel().select(Area.ADMIN));
        ListView<ReportedTarget> queue = robot.lookup("#moderationList").queryAs(ListView.class);
        waitUntil(() -> queue.getItems().stream().anyMatch(t -> t.targetId().equals(tendai)));
        ReportedTarget line = queue.getItems().stream().filter(t -> t.targetId().equals(tendai)).findFirst().orElseThrow();
        assertThat(line.reportCount()).isEqualTo(1);
        assertThat(line.details()).containsExactly("Sends the same advert to everyone");
        robot.interact(() -> queue.getSelectionModel().select(line));
        FxTestSupport.reveal(robot, "#hideButton");
        robot.clickOn("#hideButton");
        Node main = robot.lookup("#hideButton").query();
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && b.getScene() != main.getScene()
                && l10n.get("moderation.action.hide").equals(b.getText())).tryQuery().isPresent());
        robot.clickOn((Node n) -> n instanceof Button b && b.getScene() != main.getScene()
                && l10n.get("moderation.action.hide").equals(b.getText()));
        waitUntil(() -> queue.getItems().stream().noneMatch(t -> t.targetId().equals(tendai)));

        // The audit log shows who hid whom, and the profile is unpublished.
        TableView<AuditEntry> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        waitUntil(() -> audit.getItems().stream().anyMatch(e -> "moderation.hide".equals(e.action()) && tendai.equals(e.entityId())));
        AuditEntry entry = audit.getItems().stream().filter(e -> "moderation.hide".equals(e.action())).findFirst().orElseThrow();
        assertThat(entry.actorName()).isEqualTo("Rudo Chikwanha");
        assertThat(entry.afterJson()).contains("hidden");
        assertThat(stateOf(adminEmail, tendai)).isEqualTo(ProfileState.DRAFT);
    }
}
