package org.smilefactory.ui.profiles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.profiles.Gender;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.ProfileCompletion;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The profile editor: common fields, a profile type whose choice swaps the type-specific section, and
 * save/publish against the backend. Text the user typed for one type is kept when they look at another
 * type and come back (nothing typed is lost); only the chosen type's details are sent.
 */
public final class ProfileEditorViewModel {


    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final HubEvents events;

    private final ObjectProperty<UUID> memberId = new SimpleObjectProperty<>();
    private final ObjectProperty<ProfileView> saved = new SimpleObjectProperty<>();
    private long version;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty profileName = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty phoneCountryCode = new SimpleStringProperty("");
    private final StringProperty phoneNumber = new SimpleStringProperty("");
    private final StringProperty bio = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<ProfileType> profileType = new SimpleObjectProperty<>();
    private final ObjectProperty<ProfileVisibility> visibility = new SimpleObjectProperty<>(ProfileVisibility.PUBLIC);
    private final ObjectProperty<DetailsForm> details = new SimpleObjectProperty<>();
    private final ObjectProperty<ProfileState> state = new SimpleObjectProperty<>(ProfileState.DRAFT);
    private final Map<ProfileType, DetailsForm> formsByType = new EnumMap<>(ProfileType.class);

    private final FieldErrors errors = new FieldErrors("firstName", "lastName", "profileName", "gender",
            "phoneCountryCode", "phoneNumber", "bio", "location", "profileType", "visibility", "details");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty conflict = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final DoubleProperty completion = new SimpleDoubleProperty();
    private final BooleanBinding busy = loading.or(saving);

    private final InvalidationListener onEdit = obs -> edited();
    private boolean showing;

    public ProfileEditorViewModel(ProfileService profiles, TaskExecutor executor, Localization l10n,
                                  DialogService dialogs, HubEvents events) {
        this.profiles = Objects.requireNonNull(profiles);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.events = Objects.requireNonNull(events);
        errors.setFallback(name -> Optional.ofNullable(details.get())
                .flatMap(form -> form.field(name))
                .map(DetailField::errorProperty));
        for (Observable common : commonFields()) {
            common.addListener(onEdit);
        }
        clearErrorOnChange(firstName, "firstName");
        clearErrorOnChange(lastName, "lastName");
        clearErrorOnChange(profileName, "profileName");
        clearErrorOnChange(gender, "gender");
        clearErrorOnChange(phoneCountryCode, "phoneCountryCode");
        clearErrorOnChange(phoneNumber, "phoneNumber");
        clearErrorOnChange(bio, "bio");
        clearErrorOnChange(location, "location");
        clearErrorOnChange(profileType, "profileType");
        clearErrorOnChange(visibility, "visibility");
        profileType.addListener((obs, old, type) -> {
            if (!showing) {
                details.set(type == null ? null : formsByType.computeIfAbsent(type, DetailsForm::of));
            }
        });
        details.addListener((obs, old, form) -> {
            if (old != null) {
                old.fields().forEach(f -> Stream.of(f.observables()).forEach(o -> o.removeListener(onEdit)));
            }
            if (form != null) {
                form.fields().forEach(f -> Stream.of(f.observables()).forEach(o -> o.addListener(onEdit)));
            }
            recomputeCompletion();
        });
    }

    private void clearErrorOnChange(javafx.beans.value.ObservableValue<?> value, String field) {
        errors.clearOnChange(value, field);
    }

    private Observable[] commonFields() {
        return new Observable[] {firstName, lastName, profileName, gender, phoneCountryCode, phoneNumber, bio,
                location, profileType, visibility};
    }

    private void edited() {
        if (!showing) {
            dirty.set(true);
        }
        recomputeCompletion();
    }

    /**
     * A live figure while typing, by the contract's {@link ProfileCompletion} rule. Details are counted
     * from the form's raw text (a half-typed amount counts as filled), so the bar moves as the member
     * types rather than only once every field parses.
     */
    private void recomputeCompletion() {
        int filled = 0;
        Object[] common = {firstName.get(), lastName.get(), profileName.get(), gender.get(),
                phoneNumber.get(), bio.get(), location.get()};
        for (Object value : common) {
            if (ProfileCompletion.filled(value)) {
                filled++;
            }
        }
        int total = ProfileCompletion.COMMON_FIELDS.size();
        DetailsForm form = details.get();
        if (profileType.get() == null || form == null) {
            total++;
        } else {
            total += form.fields().size();
            filled += (int) form.filledCount();
        }
        completion.set(ProfileCompletion.percent(filled, total) / 100.0);
    }

    // --- loading --------------------------------------------------------------------------------

    /** Loads the signed-in member's own profile. */
    public void loadMine() {
        load(profiles::mine);
    }

    /** Loads another member's profile (staff). */
    public void load(UUID member) {
        Objects.requireNonNull(member);
        load(() -> profiles.get(member));
    }

    private void load(java.util.concurrent.Callable<ProfileView> fetch) {
        errors.clear();
        errorMessage.set("");
        conflict.set(false);
        loaded.set(false);
        BackgroundTask.wrap(fetch)
                .onRunning(() -> loading.set(true))
                .onSuccess(this::show)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    /** Discards local edits and loads the stored profile again (after a conflict). */
    public void reload() {
        UUID member = memberId.get();
        if (member != null) {
            load(member);
        }
    }

    private void show(ProfileView view) {
        showing = true;
        try {
            memberId.set(view.memberId());
            version = view.version();
            email.set(nullToEmpty(view.email()));
            firstName.set(nullToEmpty(view.firstName()));
            lastName.set(nullToEmpty(view.lastName()));
            profileName.set(nullToEmpty(view.profileName()));
            gender.set(view.gender());
            phoneCountryCode.set(nullToEmpty(view.phoneCountryCode()));
            phoneNumber.set(nullToEmpty(view.phoneNumber()));
            bio.set(nullToEmpty(view.bio()));
            location.set(nullToEmpty(view.location()));
            visibility.set(view.visibility() == null ? ProfileVisibility.PUBLIC : view.visibility());
            state.set(view.state() == null ? ProfileState.DRAFT : view.state());
            formsByType.clear();
            profileType.set(view.profileType());
            DetailsForm form = null;
            if (view.profileType() != null) {
                form = DetailsForm.of(view.profileType());
                form.show(view.details());
                formsByType.put(view.profileType(), form);
            }
            details.set(form);
        } finally {
            showing = false;
        }
        errors.clear();
        dirty.set(false);
        loaded.set(true);
        recomputeCompletion();
    }

    // --- commands -------------------------------------------------------------------------------

    /** Saves; Ctrl+S. */
    public void save() {
        save(view -> dialogs.notify(l10n.get("editor.saved")));
    }

    /** Saves any edits, then publishes (a profile must have a type to be listed). */
    public void publish() {
        if (busy.get() || memberId.get() == null) {
            return;
        }
        if (profileType.get() == null) {
            errors.set("profileType", l10n.get("editor.publish.needsType"));
            errorMessage.set(l10n.get("form.fixFields"));
            return;
        }
        if (dirty.get()) {
            save(saved -> runPublish(true));
        } else {
            runPublish(true);
        }
    }

    public void unpublish() {
        if (!busy.get() && memberId.get() != null) {
            runPublish(false);
        }
    }

    private void save(Consumer<ProfileView> afterSave) {
        if (busy.get() || memberId.get() == null) {
            return;
        }
        errors.clear();
        errorMessage.set("");
        conflict.set(false);
        ProfileDetails chosenDetails = null;
        DetailsForm form = details.get();
        if (form != null) {
            form.clearErrors();
            Optional<ProfileDetails> parsed = form.toDetails(l10n);
            if (parsed.isEmpty()) {
                errorMessage.set(l10n.get("form.fixFields"));
                return;
            }
            chosenDetails = parsed.get();
        }
        SaveProfile command = new SaveProfile(memberId.get(), version,
                blankToNull(firstName.get()), blankToNull(lastName.get()), blankToNull(profileName.get()),
                gender.get(), blankToNull(phoneCountryCode.get()), blankToNull(phoneNumber.get()),
                blankToNull(bio.get()), blankToNull(location.get()), profileType.get(), visibility.get(),
                chosenDetails);
        BackgroundTask.wrap(() -> profiles.save(command))
                .onRunning(() -> saving.set(true))
                .onSuccess(view -> {
                    show(view);
                    events.profilesChanged();
                    saved.set(view);
                    afterSave.accept(view);
                })
                .onFailure(this::showFailure)
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    private void runPublish(boolean publish) {
        UUID member = memberId.get();
        long seen = version;
        BackgroundTask.wrap(() -> publish ? profiles.publish(member, seen) : profiles.unpublish(member, seen))
                .onRunning(() -> saving.set(true))
                .onSuccess(view -> {
                    show(view);
                    events.profilesChanged();
                    dialogs.notify(l10n.get(publish ? "editor.published" : "editor.unpublished"));
                })
                .onFailure(this::showFailure)
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    private void showFailure(Throwable error) {
        Throwable cause = Errors.unwrap(error);
        if (cause instanceof ValidationException invalid) {
            List<Violation> elsewhere = errors.apply(invalid);
            errorMessage.set(elsewhere.isEmpty()
                    ? l10n.get("form.fixFields")
                    : elsewhere.stream().map(Violation::message).collect(Collectors.joining("\n")));
        } else if (cause instanceof ConflictException) {
            conflict.set(true);
            errorMessage.set(Errors.messageOf(cause, l10n));
        } else {
            errorMessage.set(Errors.messageOf(cause, l10n));
        }
    }

    /** Asks before throwing away unsaved edits; true when it is fine to leave the editor. */
    public boolean confirmLeave() {
        return !dirty.get() || dialogs.confirm(l10n.get("editor.discard.title"), l10n.get("editor.discard.message"),
                l10n.get("editor.discard.ok"), l10n.get("editor.discard.cancel"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    // --- properties -----------------------------------------------------------------------------

    /** The profile as last saved from this editor (others may wait for a save, e.g. a held offline change). */
    public ReadOnlyObjectProperty<ProfileView> savedProperty() {
        return saved;
    }

    public ReadOnlyObjectProperty<UUID> memberIdProperty() {
        return memberId;
    }

    public ReadOnlyStringProperty emailProperty() {
        return email;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty profileNameProperty() {
        return profileName;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty phoneCountryCodeProperty() {
        return phoneCountryCode;
    }

    public StringProperty phoneNumberProperty() {
        return phoneNumber;
    }

    public StringProperty bioProperty() {
        return bio;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<ProfileType> profileTypeProperty() {
        return profileType;
    }

    public ObjectProperty<ProfileVisibility> visibilityProperty() {
        return visibility;
    }

    public ReadOnlyObjectProperty<DetailsForm> detailsProperty() {
        return details;
    }

    public ReadOnlyObjectProperty<ProfileState> stateProperty() {
        return state;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyDoubleProperty completionProperty() {
        return completion;
    }

    public StringBinding completionText() {
        return Bindings.createStringBinding(
                () -> l10n.format("profile.completion", Math.round(completion.get() * 100)), completion);
    }

    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            String name = (nullToEmpty(firstName.get()) + " " + nullToEmpty(lastName.get())).trim();
            return name.isEmpty() ? l10n.get("editor.title.new") : l10n.format("editor.title", name);
        }, firstName, lastName);
    }

    public StringBinding stateText() {
        return Bindings.createStringBinding(() -> {
            String text = state.get() == ProfileState.PUBLISHED
                    ? l10n.get("editor.state.published") : l10n.get("editor.state.draft");
            return dirty.get() ? text + " · " + l10n.get("editor.state.unsaved") : text;
        }, state, dirty);
    }

    public String describeType(ProfileType type) {
        // Without a type the details section below already says what to do.
        return type == null ? "" : l10n.get("enum.ProfileType." + type.name() + ".description");
    }
}
