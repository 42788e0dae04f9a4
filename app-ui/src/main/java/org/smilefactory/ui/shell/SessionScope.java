package org.smilefactory.ui.shell;

import java.util.Objects;
import org.smilefactory.ui.admin.AdminView;
import org.smilefactory.ui.dashboard.DashboardView;
import org.smilefactory.ui.dashboard.DashboardViewModel;
import org.smilefactory.ui.demo.DemoDataView;
import org.smilefactory.ui.demo.DemoDataViewModel;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.events.EventsView;
import org.smilefactory.ui.events.EventsViewModel;
import org.smilefactory.ui.kiosk.KioskMode;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.profiles.ProfilesView;
import org.smilefactory.ui.profiles.ProfilesViewModel;
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
    private final EventsViewModel eventsArea;

    public SessionScope(HubContext hub, Localization l10n, ThemeManager theme, TaskExecutor executor,
                        DialogService dialogs, Runnable onSignedOut) {
        Objects.requireNonNull(hub);
        HubEvents events = new HubEvents();
        boolean staff = hub.isStaff();
        this.demo = new DemoDataViewModel(hub.session().demoData(), staff, executor, l10n, events);
        this.profiles = new ProfilesViewModel(hub.session().profiles(), executor, l10n, dialogs, events,
                hub.session().member().id(), staff);
        this.eventsArea = new EventsViewModel(hub.session().events(), executor, l10n, dialogs, staff,
                hub.status() == null ? null : hub.status().timeZone(), java.time.Clock.systemUTC(),
                (email, password) -> hub.backend().signIn(email, password));
        this.mainViewModel = new MainViewModel(hub, executor, l10n, onSignedOut, this::confirmLeave);
        this.dashboard = new DashboardViewModel(hub.session().profiles(), hub.session().member(), demo, executor, l10n,
                events, this::openMyProfileEditor);
        this.mainView = new MainView(mainViewModel, l10n, theme, area -> switch (area) {
            case DASHBOARD -> new DashboardView(dashboard, new DemoDataView(demo, l10n), l10n);
            case PROFILES -> new ProfilesView(profiles, l10n);
            case EVENTS -> new EventsView(eventsArea, l10n, EventsView.fileChooser(),
                    kiosk -> KioskMode.openWindow(kiosk, null, executor, l10n, theme));
            case ADMIN -> new AdminView(demo, new DemoDataView(demo, l10n), l10n);
            default -> new ComingSoonView(area, AreaIcons.of(area), l10n);
        });
        mainViewModel.load();
    }

    /** Before signing out or closing the window: unsaved profile edits are never dropped silently. */
    public boolean confirmLeave() {
        return !profiles.editingProperty().get() || profiles.editor().confirmLeave();
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
