package org.smilefactory.ui.dashboard;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.UserState;
import org.smilefactory.ui.demo.DemoDataViewModel;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.profiles.FieldLabels;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The state-aware dashboard (PRODUCT.md): a new member is asked to choose a profile type, an
 * incomplete one sees what is missing, a complete one a summary. Staff of an empty hub also get the
 * demo community.
 */
public final class DashboardViewModel {

    /** What the dashboard shows; LOADING and ERROR wrap the three member states. */
    public enum State {
        LOADING, NEW, INCOMPLETE, COMPLETE, ERROR
    }

    private final ProfileService profiles;
    private final MemberAccount member;
    private final DemoDataViewModel demo;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final FieldLabels labels;
    private final Runnable onEditProfile;

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<ProfileView> profile = new SimpleObjectProperty<>();
    private final DoubleProperty completion = new SimpleDoubleProperty();
    private final StringProperty completionText = new SimpleStringProperty("");
    private final ObservableList<String> missingFields = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private long generation;

    public DashboardViewModel(ProfileService profiles, MemberAccount member, DemoDataViewModel demo,
                              TaskExecutor executor, Localization l10n, HubEvents events, Runnable onEditProfile) {
        this.profiles = Objects.requireNonNull(profiles);
        this.member = Objects.requireNonNull(member);
        this.demo = Objects.requireNonNull(demo);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.labels = new FieldLabels(l10n);
        this.onEditProfile = Objects.requireNonNull(onEditProfile);
        events.profilesChangedProperty().addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        long mine = ++generation;
        BackgroundTask.wrap(profiles::mine)
                .onRunning(() -> {
                    if (profile.get() == null) {
                        state.set(State.LOADING);
                    }
                })
                .onSuccess(view -> {
                    if (mine == generation) {
                        show(view);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        errorMessage.set(Errors.messageOf(error, l10n));
                        state.set(State.ERROR);
                    }
                })
                .executeWith(executor);
        demo.refresh();
    }

    void show(ProfileView view) {
        profile.set(view);
        completion.set(view.completion() / 100.0);
        completionText.set(l10n.format("dashboard.incomplete.title", view.completion()));
        missingFields.setAll(view.missingFields() == null ? java.util.List.of()
                : view.missingFields().stream().map(labels::label).toList());
        UserState userState = view.userState();
        if (userState == null) {
            userState = view.profileType() == null ? UserState.NEW : UserState.INCOMPLETE;
        }
        state.set(switch (userState) {
            case NEW -> State.NEW;
            case INCOMPLETE -> State.INCOMPLETE;
            case COMPLETE -> State.COMPLETE;
        });
        summary.set(view.profileType() == null ? "" : l10n.format(
                view.state() == ProfileState.PUBLISHED ? "dashboard.complete.summary.published"
                        : "dashboard.complete.summary.draft",
                l10n.label(view.profileType()),
                view.location() == null || view.location().isBlank() ? l10n.get("dashboard.noLocation") : view.location()));
        errorMessage.set("");
    }

    public void editProfile() {
        onEditProfile.run();
    }

    public String greeting() {
        String first = member.firstName();
        return first == null || first.isBlank()
                ? l10n.get("dashboard.greeting.anonymous") : l10n.format("dashboard.greeting", first);
    }

    public DemoDataViewModel demo() {
        return demo;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<ProfileView> profileProperty() {
        return profile;
    }

    public ReadOnlyDoubleProperty completionProperty() {
        return completion;
    }

    public ReadOnlyStringProperty completionTextProperty() {
        return completionText;
    }

    public ObservableList<String> missingFields() {
        return missingFields;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }
}
