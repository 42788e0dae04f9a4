package org.smilefactory.ui.admin;

import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.demo.DemoDataView;
import org.smilefactory.ui.demo.DemoDataViewModel;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.moderation.AuditLogView;
import org.smilefactory.ui.moderation.AuditLogViewModel;
import org.smilefactory.ui.moderation.ModerationQueueView;
import org.smilefactory.ui.moderation.ModerationQueueViewModel;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.ViewLoader;

/**
 * Admin (staff): the demo community, the moderation queue and the audit log, and a plain statement of
 * what arrives later. The area has no state of its own beyond its parts' ViewModels, so it needs no
 * ViewModel.
 */
public final class AdminView implements AreaView {

    private final DemoDataViewModel demo;
    private final DemoDataView demoView;
    private final ModerationQueueView moderationView;
    private final ModerationQueueViewModel moderation;
    private final AuditLogView auditView;
    private final AuditLogViewModel audit;
    private final Parent root;
    /** The Backups card (admins only); null for staff. Set before the FXML loads. */
    private BackupViewModel backup;
    private BackupView backupView;

    @FXML private StackPane adminDemoSlot;
    @FXML private StackPane moderationSlot;
    @FXML private StackPane auditSlot;
    @FXML private javafx.scene.layout.VBox moreSections;
    private final java.util.List<Runnable> moreOnShown = new java.util.ArrayList<>();
    @FXML private StackPane backupSlot;
    @FXML private Label notEmptyLabel;
    @FXML private Label laterIcon;

    public AdminView(DemoDataViewModel demo, DemoDataView demoView, ModerationQueueViewModel moderation,
                     ModerationQueueView moderationView, AuditLogViewModel audit, AuditLogView auditView,
                     Localization l10n) {
        this(demo, demoView, moderation, moderationView, audit, auditView, null, l10n);
    }

    /** As above, with the Backups card ({@code backup} null: none, e.g. for staff who are not admins). */
    public AdminView(DemoDataViewModel demo, DemoDataView demoView, ModerationQueueViewModel moderation,
                     ModerationQueueView moderationView, AuditLogViewModel audit, AuditLogView auditView,
                     BackupViewModel backup, Localization l10n) {
        this.backup = backup;
        this.backupView = backup == null ? null : new BackupView(backup, l10n);
        this.demo = demo;
        this.demoView = demoView;
        this.moderation = moderation;
        this.moderationView = moderationView;
        this.audit = audit;
        this.auditView = auditView;
        this.overview = ViewLoader.load(this, "Admin.fxml", l10n);
        // pages (decision 0024): the existing content stays first as "Overview", so addSection and the
        // flows that expect it on opening Admin work as before; other pages follow as tabs
        javafx.scene.control.Tab first = new javafx.scene.control.Tab(l10n.get("admin.page.overview"), overview);
        first.setClosable(false);
        first.setId("adminOverviewTab");
        tabs.setId("adminTabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(first);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            Runnable r = now == null ? null : pageOnShown.get(now);
            if (r != null) {
                r.run();
            }
        });
        this.root = tabs;
    }

    private final Parent overview;
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final java.util.Map<javafx.scene.control.Tab, Runnable> pageOnShown = new java.util.HashMap<>();

    /**
     * A page of its own (a tab after Overview); {@code onShown} runs when the page is selected and when
     * the Admin area is shown while it is selected.
     */
    public void addPage(String title, javafx.scene.Node content, Runnable onShown) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("area-scroll");
        scroll.setPadding(new javafx.geometry.Insets(20, 32, 32, 32));
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, scroll);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        pageOnShown.put(tab, onShown);
    }

    @FXML
    private void initialize() {
        adminDemoSlot.getChildren().setAll(demoView.root());
        moderationSlot.getChildren().setAll(moderationView.root());
        auditSlot.getChildren().setAll(auditView.root());
        if (backupView != null) {
            backupSlot.getChildren().setAll(backupView.root());
        }
        backupSlot.setVisible(backupView != null);
        backupSlot.setManaged(backupView != null);
        moderation.setOnDecided(audit::refresh);
        adminDemoSlot.visibleProperty().bind(demoView.relevantProperty());
        adminDemoSlot.managedProperty().bind(adminDemoSlot.visibleProperty());
        // Once the hub has members the generator refuses to run: say why the card is gone.
        notEmptyLabel.visibleProperty().bind(demo.checkedProperty().and(demoView.relevantProperty().not()));
        notEmptyLabel.managedProperty().bind(notEmptyLabel.visibleProperty());
        notEmptyLabel.setGraphic(new FontIcon(Feather.INFO));
        laterIcon.setGraphic(new FontIcon(Feather.CLOCK));
        laterIcon.getStyleClass().add(Styles.TEXT_MUTED);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        demo.refresh();
        moderation.refresh();
        audit.refresh();
        if (backup != null) {
            backup.refresh();
        }
        moreOnShown.forEach(Runnable::run);
        Runnable page = pageOnShown.get(tabs.getSelectionModel().getSelectedItem());
        if (page != null) {
            page.run();
        }
    }

    /** Another feature's staff section (e.g. erasure requests), below the audit log; {@code onShown} runs with the area's. */
    public void addSection(javafx.scene.Node section, Runnable onShown) {
        moreSections.getChildren().add(section);
        moreOnShown.add(onShown);
    }
}
