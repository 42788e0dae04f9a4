package org.smilefactory.ui.shell;

import java.util.Objects;
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
import org.smilefactory.ui.dialogs.DialogService;
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
    private final SuggestionsViewModel suggestions;
    private final AssistantViewModel assistant;

    public SessionScope(HubContext hub, Localization l10n, ThemeManager theme, TaskExecutor executor,
                        DialogService dialogs, Runnable onSignedOut) {
        Objects.requireNonNull(hub);
        HubEvents events = new HubEvents();
        boolean staff = hub.isStaff();
        this.demo = new DemoDataViewModel(hub.session().demoData(), staff, executor, l10n, events);
        this.profiles = new ProfilesViewModel(hub.session().profiles(), executor, l10n, dialogs, events,
                hub.session().member().id(), staff);
        this.suggestions = new SuggestionsViewModel(hub.session().suggestions(), hub.session().profiles(), executor, l10n, staff);
        this.assistant = new AssistantViewModel(hub.session().assistant(), executor, l10n);
        this.mainViewModel = new MainViewModel(hub, executor, l10n, onSignedOut, this::confirmLeave);
        this.dashboard = new DashboardViewModel(hub.session().profiles(), hub.session().member(), demo, executor, l10n,
                events, this::openMyProfileEditor);
        this.mainView = new MainView(mainViewModel, l10n, theme, area -> switch (area) {
            case DASHBOARD -> new DashboardView(dashboard, new DemoDataView(demo, l10n), l10n);
            case PROFILES -> new ProfilesView(profiles, l10n);
            case ADMIN -> new AdminView(demo, new DemoDataView(demo, l10n), l10n);
            case SUGGESTIONS -> new SuggestionsView(suggestions, l10n, this::openItem);
            default -> new ComingSoonView(area, AreaIcons.of(area), l10n);
        });
        AssistantPanel assistantPanel = new AssistantPanel(assistant, l10n, this::openItem);
        mainView.installAssistant(assistantPanel.root(), assistantPanel::onShown);
        suggestions.startIndexing();
        mainViewModel.load();
    }

    /** Opens what a suggestion or an assistant citation points at; kinds whose area is not built yet say so. */
    private boolean openItem(ItemKind kind, java.util.UUID id) {
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
