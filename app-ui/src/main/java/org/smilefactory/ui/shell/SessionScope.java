package org.smilefactory.ui.shell;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.ui.admin.AdminView;
import org.smilefactory.ui.dashboard.DashboardView;
import org.smilefactory.ui.dashboard.DashboardViewModel;
import org.smilefactory.ui.demo.DemoDataView;
import org.smilefactory.ui.demo.DemoDataViewModel;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.moderation.AuditLogView;
import org.smilefactory.ui.moderation.AuditLogViewModel;
import org.smilefactory.ui.moderation.ModerationQueueView;
import org.smilefactory.ui.moderation.ModerationQueueViewModel;
import org.smilefactory.ui.moderation.ReportDialog;
import org.smilefactory.ui.profiles.ProfilesView;
import org.smilefactory.ui.profiles.ProfilesViewModel;
import org.smilefactory.ui.search.SearchBox;
import org.smilefactory.ui.search.SearchViewModel;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Composition root of one signed-in session: creates the ViewModels that live as long as the session
 * (and share state, like the demo-data run) and the main window's views. Signing out drops the scope;
 * the next session starts from nothing.
 */
public final class SessionScope {

    private final MainViewModel mainViewModel;
    private final MainView mainView;
    private final ProfilesViewModel profiles;
    private final DashboardViewModel dashboard;
    private final DemoDataViewModel demo;

    public SessionScope(HubContext hub, Localization l10n, ThemeManager theme, TaskExecutor executor,
                        DialogService dialogs, Runnable onSignedOut) {
        Objects.requireNonNull(hub);
        HubEvents events = new HubEvents();
        boolean staff = hub.isStaff();
        this.demo = new DemoDataViewModel(hub.session().demoData(), staff, executor, l10n, events);
        this.profiles = new ProfilesViewModel(hub.session().profiles(), executor, l10n, dialogs, events,
                hub.session().member().id(), staff);
        this.mainViewModel = new MainViewModel(hub, executor, l10n, onSignedOut, this::confirmLeave);
        this.dashboard = new DashboardViewModel(hub.session().profiles(), hub.session().member(), demo, executor, l10n,
                events, this::openMyProfileEditor);
        ZoneId zone = zoneOf(hub);
        this.mainView = new MainView(mainViewModel, l10n, theme, area -> switch (area) {
            case DASHBOARD -> new DashboardView(dashboard, new DemoDataView(demo, l10n), l10n);
            case PROFILES -> new ProfilesView(profiles, l10n);
            case ADMIN -> adminView(hub, l10n, executor, dialogs, zone);
            default -> new ComingSoonView(area, AreaIcons.of(area), l10n);
        });
        // Search and reports (issue 3). Kiosk accounts may only check people in: no search box.
        if (hub.session().member().role() != Role.KIOSK) {
            Navigator navigator = this::showMember;
            SearchBox search = new SearchBox(new SearchViewModel(hub.session().search(), executor, l10n, navigator), l10n);
            mainView.installSearch(search.root(), search::focus);
            ReportDialog.Opener reports = ReportDialog.opener(hub.session().moderation(), executor, l10n, dialogs,
                    () -> mainView.root().getScene() == null ? null : mainView.root().getScene().getWindow());
            profiles.member().setOnReport((id, name) -> reports.open(ReportTargetType.MEMBER, id, name));
        }
        mainViewModel.load();
    }

    /** Before signing out or closing the window: unsaved profile edits are never dropped silently. */
    public boolean confirmLeave() {
        return !profiles.editingProperty().get() || profiles.editor().confirmLeave();
    }

    private AdminView adminView(HubContext hub, Localization l10n, TaskExecutor executor, DialogService dialogs, ZoneId zone) {
        ModerationQueueViewModel queue = new ModerationQueueViewModel(hub.session().moderation(), executor, l10n, dialogs);
        AuditLogViewModel audit = new AuditLogViewModel(hub.session().moderation(), executor, l10n, zone);
        return new AdminView(demo, new DemoDataView(demo, l10n), queue, new ModerationQueueView(queue, l10n, zone), audit,
                new AuditLogView(audit, l10n, zone), l10n);
    }

    /** A member found by search: their profile in Profiles (after the editor, if open, agrees to close). */
    private boolean showMember(UUID memberId) {
        mainViewModel.select(Area.PROFILES);
        if (!profiles.closeEditor()) {
            return true;
        }
        profiles.directory().selectedProperty().set(null);
        profiles.member().load(memberId);
        return true;
    }

    private static ZoneId zoneOf(HubContext hub) {
        try {
            return hub.status() == null || hub.status().timeZone() == null ? ZoneId.systemDefault()
                    : ZoneId.of(hub.status().timeZone());
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private void openMyProfileEditor() {
        mainViewModel.select(Area.PROFILES);
        profiles.openMyEditor();
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public MainView mainView() {
        return mainView;
    }
}
