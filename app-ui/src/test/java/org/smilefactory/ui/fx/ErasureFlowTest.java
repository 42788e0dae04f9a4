package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Erasure end to end on a real database (issue 14): a member asks to be deleted; the hub's admin sees
 * the request in Admin, confirms it after the confirmation that names the member, and the audit log
 * shows it; the member cannot sign in any more.
 */
@ExtendWith(ApplicationExtension.class)
class ErasureFlowTest {

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

    private UUID memberAskingToBeErased(String adminEmail, String email) {
        try (Backend backend = Backends.direct(jdbcUrl, "postgres", "")) {
            Session admin = backend.signIn(adminEmail, HubFlowTest.PASSWORD);
            admin.accounts().createMember(new CreateMember(email, MEMBER_PASSWORD, "Chipo", "Leaving", Role.USER));
            Session member = backend.signIn(email, MEMBER_PASSWORD);
            member.privacy().requestErasure("Moving abroad");
            return member.member().id();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffConfirmAMembersRequestFromAdmin(FxRobot robot) {
        String adminEmail = "rudo@hub.example";
        HubFlowTest.connectDirect(robot, jdbcUrl);
        HubFlowTest.fillSetup(robot, adminEmail);
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));
        String email = "chipo@hub.example";
        UUID chipo = memberAskingToBeErased(adminEmail, email);

        ListView<Area> nav = robot.lookup("#navList").queryAs(ListView.class);
        robot.interact(() -> nav.getSelectionModel().select(Area.ADMIN));
        ListView<ErasureRequest> list = robot.lookup("#erasureRequestList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.memberId().equals(chipo)));
        ErasureRequest request = list.getItems().stream().filter(r -> r.memberId().equals(chipo)).findFirst().orElseThrow();
        assertThat(request.memberName()).isEqualTo("Chipo Leaving");
        robot.interact(() -> list.getSelectionModel().select(request));
        FxTestSupport.reveal(robot, "#confirmErasureButton");
        robot.clickOn("#confirmErasureButton");
        Node main = robot.lookup("#confirmErasureButton").query();
        String ok = l10n.get("privacy.queue.confirm.ok");
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && b.getScene() != main.getScene()
                && ok.equals(b.getText())).tryQuery().isPresent());
        robot.clickOn((Node n) -> n instanceof Button b && b.getScene() != main.getScene() && ok.equals(b.getText()));
        waitUntil(() -> list.getItems().stream().noneMatch(r -> r.memberId().equals(chipo)));

        TableView<AuditEntry> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        waitUntil(() -> audit.getItems().stream().anyMatch(e -> "privacy.erasure.confirm".equals(e.action()) && chipo.equals(e.entityId())));
        try (Backend backend = Backends.direct(jdbcUrl, "postgres", "")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> backend.signIn(email, MEMBER_PASSWORD))
                    .isInstanceOf(UnauthenticatedException.class);
        }
    }
}
