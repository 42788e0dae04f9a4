package org.smilefactory.ui.shell;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Platform;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.ui.admin.AdminView;
import org.smilefactory.ui.admin.BackupViewModel;
import org.smilefactory.ui.blog.BlogView;
import org.smilefactory.ui.blog.BlogViewModel;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.ui.admin.AdminView;
import org.smilefactory.ui.ai.AssistantPanel;
import org.smilefactory.ui.ai.AssistantViewModel;
import org.smilefactory.ui.ai.SuggestionsView;
import org.smilefactory.ui.ai.SuggestionsViewModel;
import org.smilefactory.ui.dashboard.DashboardView;
import org.smilefactory.ui.dashboard.DashboardViewModel;
import org.smilefactory.ui.demo.DemoDataView;
import org.smilefactory.ui.demo.DemoDataViewModel;
import org.smilefactory.ui.dashboard.StaffStatsView;
import org.smilefactory.ui.dashboard.StaffStatsViewModel;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.groups.GroupsView;
import org.smilefactory.ui.groups.GroupsViewModel;
import org.smilefactory.ui.marketplace.MarketplaceView;
import org.smilefactory.ui.marketplace.MarketplaceViewModel;
import org.smilefactory.ui.feed.FeedView;
import org.smilefactory.ui.feed.FeedViewModel;
import org.smilefactory.ui.events.EventsView;
import org.smilefactory.ui.events.EventsViewModel;
import org.smilefactory.ui.kiosk.KioskMode;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.messages.ConnectionActionsView;
import org.smilefactory.ui.messages.ConnectionActionsViewModel;
import org.smilefactory.ui.messages.MessagesView;
import org.smilefactory.ui.messages.MessagesViewModel;
import org.smilefactory.ui.notifications.NotificationBell;
import org.smilefactory.ui.notifications.NotificationsViewModel;
import org.smilefactory.ui.moderation.AuditLogView;
import org.smilefactory.ui.moderation.AuditLogViewModel;
import org.smilefactory.ui.moderation.ModerationQueueView;
import org.smilefactory.ui.moderation.ModerationQueueViewModel;
import org.smilefactory.ui.moderation.ReportDialog;
import org.smilefactory.ui.profiles.ProfilesView;
import org.smilefactory.ui.profiles.ProfilesViewModel;
import org.smilefactory.ui.search.SearchBox;
import org.smilefactory.ui.search.SearchViewModel;
import org.smilefactory.ui.sync.HeldChangesView;
import org.smilefactory.ui.sync.HeldChangesViewModel;
import org.smilefactory.ui.sync.ServerOnlyArea;
import org.smilefactory.ui.sync.SyncStatusView;
import org.smilefactory.ui.sync.SyncStatusViewModel;
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
    private final MessagesViewModel messages;
    private final ConnectionActionsViewModel connectionActions;
    private final NotificationsViewModel notifications;
    private final FeedViewModel feed;
    private final Localization l10n;
    /** The one formatter of times (decision 0025), in the hub's zone; follows the hub settings. */
    private final org.smilefactory.ui.l10n.HubTime hubTime;
    private FeedView feedView;
    private final EventsViewModel eventsArea;
    private final SuggestionsViewModel suggestions;
    private final AssistantViewModel assistant;
    private final SyncStatusViewModel syncStatus;
    private HeldChangesView heldChanges;
    /** Stops waiting for the save that answers a held change, while one is being edited. */
    private Runnable heldEdit;

    public SessionScope(HubContext hub, Localization l10n, ThemeManager theme, TaskExecutor executor,
                        DialogService dialogs, Runnable onSignedOut) {
        Objects.requireNonNull(hub);
        HubEvents events = new HubEvents();
        boolean staff = hub.isStaff();
        this.l10n = l10n;
        this.hubTime = org.smilefactory.ui.l10n.HubTime.of(hub.status() == null ? null : hub.status().timeZone(),
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
        this.feed = new FeedViewModel(hub.session().content(), hub.session().moderation(), executor, l10n);
        this.demo = new DemoDataViewModel(hub.session().demoData(), staff, executor, l10n, events);
        this.profiles = new ProfilesViewModel(hub.session().profiles(), executor, l10n, dialogs, events,
                hub.session().member().id(), staff);
        this.eventsArea = new EventsViewModel(hub.session().events(), hub.session().profiles(), executor, l10n, dialogs, staff,
                hub.status() == null ? null : hub.status().timeZone(), java.time.Clock.systemUTC(),
                (email, password) -> hub.backend().signIn(email, password));
        this.suggestions = new SuggestionsViewModel(hub.session().suggestions(), hub.session().profiles(), executor, l10n, staff);
        this.assistant = new AssistantViewModel(hub.session().assistant(), executor, l10n);
        this.mainViewModel = new MainViewModel(hub, executor, l10n, onSignedOut, this::confirmLeave);
        this.dashboard = new DashboardViewModel(hub.session().profiles(), hub.session().member(), demo, executor, l10n,
                events, this::openMyProfileEditor);
        this.messages = new MessagesViewModel(hub.session().messaging(), hub.session().connections(), executor, l10n,
                hub.session().member().id());
        this.connectionActions = new ConnectionActionsViewModel(hub.session().connections(), executor, l10n, dialogs,
                hub.session().member().id(), this::messageMember);
        profiles.member().profileProperty().addListener((obs, old, shown) ->
                connectionActions.load(shown == null ? null : shown.memberId()));
        this.notifications = new NotificationsViewModel(hub.session().notifications(), executor, l10n, this::openNotification);
        ZoneId zone = zoneOf(hub);
        this.syncStatus = hub.session().offlineSync().map(sync -> new SyncStatusViewModel(sync, executor, l10n, dialogs,
                Platform::runLater, Clock.systemUTC(), hubTime)).orElse(null);
        this.mainView = new MainView(mainViewModel, l10n, theme, area -> restWhenOffline(area, switch (area) {
            case DASHBOARD -> new DashboardView(dashboard, new DemoDataView(demo, l10n),
                    staff ? new StaffStatsView(staffStats(hub, executor, l10n, events), l10n, hubTime) : null,
                    l10n);
            case PROFILES -> withMyData(profilesWithConnectionActions(l10n), hub, executor, dialogs);
            case FEED -> feedView();
            case BLOG -> new BlogView(new BlogViewModel(hub.session().content(), executor, l10n), l10n, hubTime);
            case MESSAGES -> new MessagesView(messages, l10n, hubTime);
            case GROUPS -> new GroupsView(new GroupsViewModel(hub.session().groups(), executor, l10n), l10n);
            case MARKETPLACE -> new MarketplaceView(new MarketplaceViewModel(hub.session().marketplace(),
                    hub.session().member().id(), executor, l10n, hubTime, null), l10n, hubTime);
            case EVENTS -> new EventsView(eventsArea, l10n, EventsView.fileChooser(),
                    kiosk -> KioskMode.openWindow(kiosk, null, executor, l10n, theme));
            case ADMIN -> adminView(hub, l10n, executor, dialogs, zone);
            case SUGGESTIONS -> new SuggestionsView(suggestions, l10n, this::openItem);
            default -> new ComingSoonView(area, AreaIcons.of(area), l10n);
        }));
        if (syncStatus != null) {
            installOffline(hub, theme, executor, dialogs);
        }
        // Search, reports and notifications (issue 3). Kiosk accounts may only check people in.
        if (hub.session().member().role() != Role.KIOSK) {
            Navigator navigator = new Navigator() {
                @Override
                public boolean openMember(java.util.UUID memberId) {
                    return showMember(memberId);
                }

                @Override
                public boolean openPost(java.util.UUID postId) {
                    showPost(postId);
                    return true;
                }
            };
            SearchBox search = new SearchBox(new SearchViewModel(hub.session().search(), executor, l10n, navigator), l10n);
            mainView.installSearch(search.root(), search::focus);
            ReportDialog.Opener reports = ReportDialog.opener(hub.session().moderation(), executor, l10n, dialogs,
                    () -> mainView.root().getScene() == null ? null : mainView.root().getScene().getWindow());
            profiles.member().setOnReport((id, name) -> reports.open(ReportTargetType.MEMBER, id, name));
            mainView.addToTopBar(new NotificationBell(notifications, l10n, hubTime).root());
            AssistantPanel assistantPanel = new AssistantPanel(assistant, l10n, this::openItem);
            mainView.installAssistant(assistantPanel.root(), assistantPanel::onShown);
            suggestions.startIndexing();
        }
        mainViewModel.load();
    }

    /** Areas that need the server, which rest while the connection works on its offline copy. */
    private static final java.util.Set<Area> SERVER_ONLY = java.util.EnumSet.of(Area.FEED, Area.BLOG, Area.GROUPS,
            Area.MARKETPLACE, Area.MESSAGES, Area.SUGGESTIONS, Area.ADMIN);

    private AreaView restWhenOffline(Area area, AreaView view) {
        return syncStatus != null && SERVER_ONLY.contains(area)
                ? new ServerOnlyArea(area, view, syncStatus.offlineProperty(), l10n) : view;
    }

    /** Online / offline / syncing in the top and status bars, the banner, the commands and held changes. */
    private void installOffline(HubContext hub, ThemeManager theme, TaskExecutor executor, DialogService dialogs) {
        HeldChangesViewModel held = new HeldChangesViewModel(syncStatus.sync(), executor, l10n, dialogs,
                this::editForHeldChange, Clock.systemUTC(), hubTime);
        heldChanges = new HeldChangesView(held, l10n);
        Runnable openHeld = () -> heldChanges.open(mainView.root().getScene() == null ? null
                : mainView.root().getScene().getWindow(), theme::install);
        SyncStatusView view = new SyncStatusView(syncStatus, l10n, openHeld);
        // in the status bar: the top bar is full already (search, bell, assistant, member, theme)
        mainView.addToStatusBar(view.stateButton(), view.statusSegment());
        mainView.installBanner(view.banner());
        mainView.addShortcut(SyncStatusView.TOGGLE_ONLINE, syncStatus::toggleOnline);
        mainView.addShortcut(SyncStatusView.SYNC_NOW, syncStatus::syncNow);
        mainView.addShortcut(SyncStatusView.HELD_CHANGES, openHeld);
        // the list follows the engine: a sync may add or settle held changes while the window is open
        syncStatus.needsAttentionProperty().addListener((obs, old, now) -> {
            if (heldChanges.root().getScene() != null && heldChanges.root().getScene().getWindow() != null
                    && heldChanges.root().getScene().getWindow().isShowing()) {
                held.refresh();
            }
        });
        syncStatus.start();
    }

    /**
     * Edit of a held profile change: the profile as the server has it opens in the editor; the first save
     * of that member's profile is the person's answer.
     */
    private void editForHeldChange(UUID memberId, Runnable onSaved) {
        mainViewModel.select(Area.PROFILES);
        if (!profiles.closeEditor()) {
            return;
        }
        profiles.openEditor(memberId);
        // Only this editing session answers the held change: leaving the editor unsaved leaves it held.
        javafx.beans.value.ChangeListener<org.smilefactory.core.api.profiles.ProfileView> onSave = (obs, old, saved) -> {
            if (saved != null && memberId.equals(saved.memberId()) && heldEdit != null) {
                stopWaitingForHeldEdit();
                onSaved.run();
            }
        };
        javafx.beans.value.ChangeListener<Boolean> onLeave = (obs, was, editing) -> {
            if (!editing) {
                stopWaitingForHeldEdit();
            }
        };
        stopWaitingForHeldEdit();
        heldEdit = () -> {
            profiles.editor().savedProperty().removeListener(onSave);
            profiles.editingProperty().removeListener(onLeave);
        };
        profiles.editor().savedProperty().addListener(onSave);
        profiles.editingProperty().addListener(onLeave);
    }

    private void stopWaitingForHeldEdit() {
        Runnable stop = heldEdit;
        heldEdit = null;
        if (stop != null) {
            stop.run();
        }
    }

    /** On sign-out: stop following the engine and close the held-changes window. */
    public void close() {
        if (syncStatus != null) {
            syncStatus.stop();
        }
        if (heldChanges != null) {
            heldChanges.close();
        }
    }

    /** Opens what a suggestion or an assistant citation points at; kinds without a detail screen say so. */
    private boolean openItem(ItemKind kind, java.util.UUID id) {
        if (kind == ItemKind.POST) {
            showPost(id);
            return true;
        }
        if (kind != ItemKind.PROFILE) {
            return false;
        }
        if (!profiles.closeEditor()) {
            return true;
        }
        mainViewModel.select(Area.PROFILES);
        profiles.member().load(id);
        return true;
    }

    /** The staff dashboard's numbers, refreshed when members change (e.g. the demo community arrives). */
    private static StaffStatsViewModel staffStats(HubContext hub, TaskExecutor executor, Localization l10n, HubEvents events) {
        StaffStatsViewModel stats = new StaffStatsViewModel(hub.session().stats(), executor, l10n);
        events.profilesChangedProperty().addListener((obs, old, now) -> stats.refresh());
        return stats;
    }

    private ProfilesView profilesWithConnectionActions(Localization l10n) {
        ProfilesView view = new ProfilesView(profiles, l10n);
        view.memberView().addAction(new ConnectionActionsView(connectionActions, l10n).root());
        return view;
    }

    /** "My data" (export, delete my account; decision 0018) on the member's own profile. */
    private ProfilesView withMyData(ProfilesView view, HubContext hub, TaskExecutor executor, DialogService dialogs) {
        UUID me = hub.session().member().id();
        var shown = profiles.member().profileProperty();
        view.memberView().addAction(new org.smilefactory.ui.privacy.MyDataView(
                new org.smilefactory.ui.privacy.MyDataViewModel(hub.session().privacy(), me, executor, l10n, dialogs), l10n,
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> shown.get() != null && me.equals(shown.get().memberId()), shown)).root());
        return view;
    }

    private void messageMember(java.util.UUID memberId) {
        mainViewModel.select(Area.MESSAGES);
        messages.openWith(memberId);
    }

    /** A notification opens what it is about, where that has a screen: a member's profile or a conversation. */
    private void openNotification(org.smilefactory.core.api.notifications.NotificationView notification) {
        if (notification.entityId() == null || notification.entityType() == null) {
            return;
        }
        switch (notification.entityType()) {
            case "member" -> {
                mainViewModel.select(Area.PROFILES);
                profiles.member().load(notification.entityId());
            }
            case "conversation" -> {
                mainViewModel.select(Area.MESSAGES);
                messages.open(notification.entityId());
            }
            case "post" -> showPost(notification.entityId());
            default -> {
                // comments and moderation outcomes have no screen of their own: reading the bell is enough
            }
        }
    }

    /** The hub's time formatter of this session (the events editor defaults new events to its zone). */
    public org.smilefactory.ui.l10n.HubTime hubTime() {
        return hubTime;
    }

    /** The Feed area's view (one per session), also for other areas that open a post by id. */
    public FeedView feedView() {
        if (feedView == null) {
            feedView = new FeedView(feed, l10n, hubTime);
        }
        return feedView;
    }

    /** Shows one post in the Feed area (e.g. a search result). */
    public void showPost(java.util.UUID postId) {
        mainViewModel.select(Area.FEED);
        feedView().showPost(postId);
    }

    /** Before signing out or closing the window: unsaved profile edits are never dropped silently. */
    public boolean confirmLeave() {
        return !profiles.editingProperty().get() || profiles.editor().confirmLeave();
    }

    private AdminView adminView(HubContext hub, Localization l10n, TaskExecutor executor, DialogService dialogs, ZoneId zone) {
        ModerationQueueViewModel queue = new ModerationQueueViewModel(hub.session().moderation(), executor, l10n, dialogs);
        AuditLogViewModel audit = new AuditLogViewModel(hub.session().moderation(), executor, l10n, zone);
        boolean isAdmin = hub.session().member().role() == Role.ADMIN;
        // A restore ends every session of the hub: the admin signs in again on the restored data.
        BackupViewModel backup = isAdmin ? new BackupViewModel(hub.session().backups(), true,
                hub.status() == null ? null : hub.status().hubName(), hubTime, executor, l10n, dialogs,
                mainViewModel::signOut) : null;
        AdminView view = new AdminView(demo, new DemoDataView(demo, l10n), queue, new ModerationQueueView(queue, l10n, zone), audit,
                new AuditLogView(audit, l10n, zone), backup, l10n);
        org.smilefactory.ui.privacy.ErasureRequestsViewModel erasures =
                new org.smilefactory.ui.privacy.ErasureRequestsViewModel(hub.session().privacy(), executor, l10n, dialogs);
        erasures.setOnDecided(audit::refresh);
        view.addSection(new org.smilefactory.ui.privacy.ErasureRequestsView(erasures, l10n, hubTime).root(), erasures::refresh);
        // retention periods: staff read them, admins change and apply them (decision 0023)
        var retention = new org.smilefactory.ui.admin.RetentionViewModel(hub.session().retention(), isAdmin, executor, l10n);
        // Admin → Settings (decision 0025): the hub form with the retention card under it; saving a new
        // zone moves every time on screen.
        var settings = new org.smilefactory.ui.admin.HubSettingsViewModel(hub.session().hubSettings(), isAdmin, executor,
                l10n, saved -> hubTime.setZone(saved.timeZone()));
        var settingsView = new org.smilefactory.ui.admin.HubSettingsView(settings, l10n,
                new org.smilefactory.ui.admin.RetentionView(retention, l10n).root());
        view.addPage(l10n.get("admin.page.settings"), settingsView.root(), () -> {
            settings.refresh();
            retention.refresh();
        });
        // Admin -> Members: every account, invites, roles, deactivation, reset codes (decision 0024)
        var members = new org.smilefactory.ui.admin.MembersViewModel(hub.session().accounts(), isAdmin,
                hub.session().member().id(), zone, executor, l10n, dialogs);
        view.addPage(l10n.get("admin.page.members"), new org.smilefactory.ui.admin.MembersView(members, l10n).root(),
                members::refresh);
        return view;
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
