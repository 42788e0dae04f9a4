package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.textOf;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingStatus;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Groups, marketplace and the staff dashboard end to end on a real database: staff see the hub's
 * charts; a group is created (its form's errors shown next to the fields) and joined by a member; a
 * seller lists something and a buyer walks a transaction with them to completed, each in their own
 * session.
 */
@ExtendWith(ApplicationExtension.class)
class GroupsMarketplaceFlowTest {

    private static final String ADMIN = "rudo@hub.example";
    private static final String SELLER = "seller@hub.example";
    private static final String BUYER = "buyer@hub.example";

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

    /** Scrolls the button into view first: the forms are taller than the test window. */
    private static void click(FxRobot robot, String query) {
        FxTestSupport.reveal(robot, query);
        robot.clickOn(query);
    }

    private static void area(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
    }

    private static void signInAs(FxRobot robot, String email) {
        robot.clickOn("#signOutButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", email);
        paste(robot, "#passwordField", HubFlowTest.PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#navList"));
    }

    private static void openTransactions(FxRobot robot, String listingTitle) {
        area(robot, KeyCode.DIGIT7);
        waitUntil(() -> showing(robot, "#marketplaceTabs"));
        TabPane tabs = robot.lookup("#marketplaceTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ListView<TransactionView> list = robot.lookup("#transactionList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(t -> t.listingTitle().equals(listingTitle)));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(t -> t.listingTitle().equals(listingTitle)).findFirst().orElseThrow()));
        waitUntil(() -> showing(robot, "#transactionStatusLabel"));
    }

    private void move(FxRobot robot, String button, String expectedStatus) {
        waitUntil(() -> showing(robot, button));
        click(robot, button);
        waitUntil(() -> expectedStatus.equals(textOf(robot, "#transactionStatusLabel")));
    }

    @Test
    void staffSeeChartsAGroupIsJoinedAndATransactionIsWalkedToCompleted(FxRobot robot) {
        HubFlowTest.connectDirect(robot, jdbcUrl);
        HubFlowTest.fillSetup(robot, ADMIN);
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));

        // The staff dashboard: the hub's numbers as charts, empty states where there is nothing yet.
        waitUntil(() -> showing(robot, "#membersByTypeChart"));
        assertThat(showing(robot, "#membersByStateChart")).isTrue();
        assertThat(showing(robot, "#signUpsChart")).isTrue();
        assertThat(showing(robot, "#postsChartEmpty")).isTrue();
        assertThat(showing(robot, "#eventsChartEmpty")).isTrue();
        assertThat(showing(robot, "#listingsChartEmpty")).isTrue();
        assertThat(textOf(robot, "#totalMembersLabel")).isEqualTo("1 member");

        try (Backend backend = Backends.direct(jdbcUrl, "postgres", "")) {
            Session admin = backend.signIn(ADMIN, HubFlowTest.PASSWORD);
            admin.accounts().createMember(new CreateMember(SELLER, HubFlowTest.PASSWORD, "Sipho", "Seller", Role.USER));
            admin.accounts().createMember(new CreateMember(BUYER, HubFlowTest.PASSWORD, "Bongani", "Buyer", Role.USER));
        }

        // Staff create a group; a missing name is shown next to the field and nothing is saved.
        area(robot, KeyCode.DIGIT6);
        waitUntil(() -> showing(robot, "#newGroupButton"));
        click(robot, "#newGroupButton");
        waitUntil(() -> showing(robot, "#groupNameField"));
        type(robot, "#groupCategoryField", "Agritech");
        click(robot, "#saveGroupButton");
        waitUntil(() -> showing(robot, "#nameError"));
        type(robot, "#groupNameField", "Smallholder Solar");
        click(robot, "#saveGroupButton");
        waitUntil(() -> showing(robot, "#inviteCodeLabel"));
        assertThat(textOf(robot, "#groupNameLabel")).isEqualTo("Smallholder Solar");
        assertThat(textOf(robot, "#inviteCodeLabel")).hasSize(12);

        // A member finds it and joins.
        signInAs(robot, SELLER);
        area(robot, KeyCode.DIGIT6);
        @SuppressWarnings("unchecked")
        ListView<GroupView> groups = robot.lookup("#groupList").queryAs(ListView.class);
        waitUntil(() -> groups.getItems().stream().anyMatch(g -> g.name().equals("Smallholder Solar")));
        robot.interact(() -> groups.getSelectionModel().select(0));
        waitUntil(() -> showing(robot, "#joinGroupButton"));
        click(robot, "#joinGroupButton");
        waitUntil(() -> textOf(robot, "#groupMemberCount").startsWith("2 "));
        assertThat(showing(robot, "#leaveGroupButton")).isTrue();

        // The seller lists something.
        area(robot, KeyCode.DIGIT7);
        waitUntil(() -> showing(robot, "#newListingButton"));
        click(robot, "#newListingButton");
        waitUntil(() -> showing(robot, "#listingTitleField"));
        type(robot, "#listingTitleField", "Solar water pump");
        type(robot, "#listingCategoryField", "Energy");
        paste(robot, "#listingDescriptionArea", "A 1 kW pump, two seasons old.");
        type(robot, "#listingPriceField", "abc");
        click(robot, "#saveListingButton");
        waitUntil(() -> showing(robot, "#listing-priceError"));
        type(robot, "#listingPriceField", "350");
        click(robot, "#saveListingButton");
        waitUntil(() -> showing(robot, "#listingTitleLabel"));
        assertThat(textOf(robot, "#listingTitleLabel")).isEqualTo("Solar water pump");
        assertThat(showing(robot, "#makeOfferButton")).as("nobody buys their own listing").isFalse();

        // The buyer finds it and makes an offer.
        signInAs(robot, BUYER);
        area(robot, KeyCode.DIGIT7);
        @SuppressWarnings("unchecked")
        ListView<ListingView> listings = robot.lookup("#listingList").queryAs(ListView.class);
        waitUntil(() -> listings.getItems().stream().anyMatch(l -> l.title().equals("Solar water pump")));
        robot.interact(() -> listings.getSelectionModel().select(0));
        waitUntil(() -> showing(robot, "#makeOfferButton"));
        type(robot, "#offerAmountField", "320");
        click(robot, "#makeOfferButton");
        waitUntil(() -> showing(robot, "#marketplaceInfoLabel"));

        // Seller, buyer and seller again take the allowed next steps.
        signInAs(robot, SELLER);
        openTransactions(robot, "Solar water pump");
        assertThat(textOf(robot, "#transactionStatusLabel")).isEqualTo("Offer made");
        assertThat(showing(robot, "#move-COMPLETED")).as("only valid next steps are offered").isFalse();
        move(robot, "#move-NEGOTIATING", "Negotiating");

        signInAs(robot, BUYER);
        openTransactions(robot, "Solar water pump");
        move(robot, "#move-AGREED", "Agreed");

        signInAs(robot, SELLER);
        openTransactions(robot, "Solar water pump");
        move(robot, "#move-COMPLETED", "Completed");
        assertThat(showing(robot, "#move-CANCELLED")).isFalse();

        try (Backend backend = Backends.direct(jdbcUrl, "postgres", "")) {
            Session seller = backend.signIn(SELLER, HubFlowTest.PASSWORD);
            ListingView sold = seller.marketplace().browse(new ListingQuery(null, Set.of(), null, null, null, null, true,
                    null, 10)).listings().get(0);
            assertThat(sold.status()).isEqualTo(ListingStatus.SOLD);
            assertThat(seller.marketplace().myTransactions().get(0).amount()).isEqualByComparingTo("320");
            assertThat(seller.groups().list(new GroupQuery(null, null, true, null, 10)).groups())
                    .extracting(GroupView::name).containsExactly("Smallholder Solar");
        }
    }
}
