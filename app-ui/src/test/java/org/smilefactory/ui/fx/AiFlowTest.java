package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.ai.EmbeddingIndex;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.profiles.*;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Suggestions area and the assistant panel on a real hub with the real offline model: an
 * innovator sees a matching investor with score and reasons (never the private one), opens the
 * profile from the suggestion, asks the assistant from another area, opens a citation, rates the
 * answer, and turns AI off; staff match for another member with the picker.
 */
@ExtendWith(ApplicationExtension.class)
class AiFlowTest {

    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private String adminEmail;
    private String founderEmail;
    private UUID investor;
    private UUID hiddenInvestor;
    private RunningApp app;

    @Start
    void start(Stage stage) {
        app = RunningApp.start(stage, l10n);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @BeforeEach
    void hub() {
        try (LocalBackend backend = (LocalBackend) Backends.direct(jdbcUrl, "postgres", "")) {
            adminEmail = Hubs.uniqueEmail("admin");
            Session admin = backend.completeSetup(Hubs.setup(adminEmail));
            Session founder = member(backend, admin, "Tariro", "Founder", new InnovatorDetails("Agritech", InnovationStage.MVP,
                    "Mbeu Labs", "Soil moisture sensors for smallholder farmers", new BigDecimal("50000.00"), 4, "Subscription",
                    "Farmers", "Cheap"), ProfileVisibility.PUBLIC, "We build soil sensors for farmers.");
            founderEmail = founder.member().email();
            InvestorDetails seed = new InvestorDetails(List.of("Agritech"), List.of(InnovationStage.MVP), new BigDecimal("20000.00"),
                    new BigDecimal("100000.00"), List.of("Zimbabwe"), List.of(), "Farm tech", "Two meetings");
            investor = member(backend, admin, "Grace", "Seed", seed, ProfileVisibility.PUBLIC,
                    "Seed investor in agritech and soil sensor startups.").member().id();
            hiddenInvestor = member(backend, admin, "Priya", "Private", seed, ProfileVisibility.PRIVATE,
                    "Seed investor in agritech and soil sensor startups.").member().id();
            EmbeddingIndex.withoutWorker(backend.context()).flush();
        }
    }

    private static Session member(LocalBackend backend, Session admin, String first, String last, ProfileDetails details,
                                  ProfileVisibility visibility, String bio) {
        Session s = Hubs.member(backend, admin, Role.USER, first, last);
        ProfileView v = s.profiles().mine();
        v = s.profiles().save(new SaveProfile(v.memberId(), v.version(), first, last, first + " " + last, Gender.FEMALE, "+263",
                "77 123 4567", bio, "Harare, Zimbabwe", details.type(), visibility, details));
        s.profiles().publish(v.memberId(), v.version());
        return s;
    }

    private void signIn(FxRobot robot, String email, String password) {
        robot.clickOn("#directChoice");
        paste(robot, "#jdbcUrlField", jdbcUrl);
        type(robot, "#userField", "postgres");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", email);
        paste(robot, "#passwordField", password);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#navList"));
    }

    private static void openArea(FxRobot robot, Area area) {
        @SuppressWarnings("unchecked")
        ListView<Area> nav = robot.lookup("#navList").queryAs(ListView.class);
        robot.interact(() -> nav.getSelectionModel().select(area));
    }

    /** With -Dshots.dir=DIR, a picture of the window for a person to look at (the tests never need it). */
    private static void shoot(FxRobot robot, String name) {
        String dir = System.getProperty("shots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
        javafx.scene.Scene scene = robot.listWindows().get(0).getScene();
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.waitFor(
                org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            javax.imageio.ImageIO.write(out, "png", java.nio.file.Path.of(dir, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String storedStyle() {
        try (LocalBackend backend = (LocalBackend) Backends.direct(jdbcUrl, "postgres", "")) {
            return backend.context().jdbc().sql("SELECT coalesce(max(p.preferred_response_style), 'none') FROM ai_user_preferences p"
                    + " JOIN personal_details d ON d.user_id = p.user_id WHERE d.email = ?").params(founderEmail)
                    .query(String.class).single();
        }
    }

    private static boolean anyLabel(FxRobot robot, String text) {
        return robot.lookup(".suggestion-reason").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains(text));
    }

    @Test
    void suggestionsWithReasonsThenTheAssistantWithCitationsRatingsAndAiOff(FxRobot robot) {
        signIn(robot, founderEmail, Hubs.MEMBER_PASSWORD);
        openArea(robot, Area.SUGGESTIONS);
        waitUntil(Duration.ofSeconds(90), () -> showing(robot, "#suggestion-" + investor));
        assertThat(robot.lookup("#suggestion-" + hiddenInvestor).tryQuery()).isEmpty();
        assertThat(FxTestSupport.textOf(robot, "#suggestionsHeading")).isEqualTo(l10n.get("ai.suggestions.forYou"));
        assertThat(anyLabel(robot, "Invests at mvp stage, which matches yours")).isTrue();
        assertThat(anyLabel(robot, "Ticket size $20k–$100k covers the $50k you need")).isTrue();
        assertThat(robot.lookup("#memberPickerField").tryQuery()).isEmpty();
        shoot(robot, "suggestions");

        // the suggestion opens the member's profile
        robot.clickOn("#suggestion-" + investor);
        waitUntil(() -> "Grace Seed".equals(robot.lookup("#nameLabel").queryAs(Label.class).getText()));

        // the assistant, from the Profiles area, with Ctrl+J
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#assistantInput"));
        paste(robot, "#assistantInput", "Who invests in agritech soil sensor startups?");
        robot.clickOn("#assistantSendButton");
        waitUntil(Duration.ofSeconds(90), () -> showing(robot, "#citation-" + investor));
        assertThat(robot.lookup("#citation-" + hiddenInvestor).tryQuery()).isEmpty();
        assertThat(robot.lookup(".assistant-answer").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("Grace Seed").contains("no language model is configured"));

        shoot(robot, "assistant");

        // rate the answer 4 stars
        Node star = robot.lookup(n -> n.getId() != null && n.getId().startsWith("star-4-")).query();
        String messageId = star.getId().substring("star-4-".length());
        robot.clickOn(star);
        waitUntil(() -> "★".equals(((javafx.scene.control.Button) robot.lookup("#star-4-" + messageId).query()).getText()));
        assertThat(((javafx.scene.control.Button) robot.lookup("#star-5-" + messageId).query()).getText()).isEqualTo("☆");

        // a citation opens the profile too, from any area
        openArea(robot, Area.SUGGESTIONS);
        waitUntil(() -> !showing(robot, "#nameLabel"));
        robot.clickOn("#citation-" + investor);
        @SuppressWarnings("unchecked")
        ListView<Area> nav = robot.lookup("#navList").queryAs(ListView.class);
        waitUntil(() -> nav.getSelectionModel().getSelectedItem() == Area.PROFILES && showing(robot, "#nameLabel"));
        assertThat(robot.lookup("#nameLabel").queryAs(Label.class).getText()).isEqualTo("Grace Seed");

        // the response style is the member's preference
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.smilefactory.core.api.ai.ResponseStyle> style =
                robot.lookup("#responseStyleBox").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> style.setValue(org.smilefactory.core.api.ai.ResponseStyle.DETAILED));
        waitUntil(() -> storedStyle().equals("detailed"));

        // AI off: the panel says so, and so do the suggestions
        robot.clickOn("#aiOffButton");
        waitUntil(() -> showing(robot, "#assistantOffState"));
        openArea(robot, Area.SUGGESTIONS);
        robot.clickOn("#refreshSuggestionsButton");
        waitUntil(() -> showing(robot, "#aiOffState"));
        robot.clickOn("#aiOnButton");
        waitUntil(() -> showing(robot, "#assistantInput"));
    }

    @Test
    void staffRunMatchingForAnyMember(FxRobot robot) {
        signIn(robot, adminEmail, Hubs.ADMIN_PASSWORD);
        openArea(robot, Area.SUGGESTIONS);
        waitUntil(Duration.ofSeconds(90), () -> showing(robot, "#memberPickerField"));
        type(robot, "#memberPickerField", "Tariro");
        robot.clickOn("#memberPickerFind");
        waitUntil(() -> robot.lookup("#memberPickerResults").queryAs(javafx.scene.layout.FlowPane.class).getChildren().size() == 1);
        robot.clickOn((Node) robot.lookup("#memberPickerResults").queryAs(javafx.scene.layout.FlowPane.class).getChildren().get(0));
        waitUntil(Duration.ofSeconds(90), () -> showing(robot, "#suggestion-" + investor));
        assertThat(FxTestSupport.textOf(robot, "#suggestionsHeading")).isEqualTo(l10n.format("ai.suggestions.forMember", "Tariro Founder"));
        assertThat(robot.lookup("#suggestion-" + hiddenInvestor).tryQuery()).isEmpty();
    }
}
