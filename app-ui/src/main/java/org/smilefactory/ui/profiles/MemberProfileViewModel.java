package org.smilefactory.ui.profiles;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * One member's profile, read-only: the common fields, the type details and the completion. Editing is
 * offered for the member's own profile and, for staff, for anyone's.
 */
public final class MemberProfileViewModel {

    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final FieldLabels labels;
    private final UUID me;
    private final boolean staff;
    private final Consumer<UUID> onEdit;

    private final ObjectProperty<ProfileView> profile = new SimpleObjectProperty<>();
    private final ObservableList<InfoRow> aboutRows = FXCollections.observableArrayList();
    private final ObservableList<InfoRow> detailRows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanBinding canEdit;
    // Report (issue 3, moderation): set by the session scope; members report others, never themselves.
    private final ObjectProperty<java.util.function.BiConsumer<UUID, String>> onReport = new SimpleObjectProperty<>();
    private final BooleanBinding canReport;
    private long generation;

    public MemberProfileViewModel(ProfileService profiles, TaskExecutor executor, Localization l10n, UUID me,
                                  boolean staff, Consumer<UUID> onEdit) {
        this.profiles = Objects.requireNonNull(profiles);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.labels = new FieldLabels(l10n);
        this.me = me;
        this.staff = staff;
        this.onEdit = Objects.requireNonNull(onEdit);
        canEdit = Bindings.createBooleanBinding(
                () -> profile.get() != null && (staff || profile.get().memberId().equals(me)), profile);
        canReport = Bindings.createBooleanBinding(
                () -> profile.get() != null && onReport.get() != null && !profile.get().memberId().equals(me), profile, onReport);
    }

    public void load(UUID memberId) {
        if (memberId == null) {
            generation++;
            profile.set(null);
            errorMessage.set("");
            return;
        }
        long mine = ++generation;
        errorMessage.set("");
        BackgroundTask.wrap(() -> profiles.get(memberId))
                .onRunning(() -> loading.set(true))
                .onSuccess(view -> {
                    if (mine == generation) {
                        show(view);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        profile.set(null);
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Loads again what is shown (after a save elsewhere). */
    public void refresh() {
        if (profile.get() != null) {
            load(profile.get().memberId());
        }
    }

    public void edit() {
        if (canEdit.get()) {
            onEdit.accept(profile.get().memberId());
        }
    }

    void show(ProfileView view) {
        List<InfoRow> about = new ArrayList<>();
        add(about, "profileName", view.profileName(), false);
        add(about, "location", view.location(), false);
        add(about, "bio", view.bio(), true);
        add(about, "email", view.email(), false);
        String phone = ((view.phoneCountryCode() == null ? "" : view.phoneCountryCode()) + " "
                + (view.phoneNumber() == null ? "" : view.phoneNumber())).trim();
        add(about, "phoneNumber", phone, false);
        add(about, "gender", view.gender() == null ? null : l10n.label(view.gender()), false);
        add(about, "visibility", view.visibility() == null ? null : l10n.label(view.visibility()), false);
        aboutRows.setAll(about);
        detailRows.setAll(detailRows(view.details()));
        profile.set(view);
    }

    private void add(List<InfoRow> rows, String field, String value, boolean longText) {
        if (value != null && !value.isBlank()) {
            // The form speaks to the member ("About you"); the profile page about them ("Bio").
            String label = l10n.has("profile.field." + field) ? l10n.get("profile.field." + field) : labels.label(field);
            rows.add(new InfoRow(label, value, longText));
        }
    }

    private List<InfoRow> detailRows(ProfileDetails details) {
        List<InfoRow> rows = new ArrayList<>();
        if (details == null) {
            return rows;
        }
        for (RecordComponent component : details.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(details);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
            String text = format(value);
            if (!text.isBlank()) {
                rows.add(new InfoRow(labels.label("details." + component.getName()), text,
                        DetailField.textKind(component.getName()) == DetailField.Kind.LONG_TEXT));
            }
        }
        return rows;
    }

    private String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return l10n.label(constant);
        }
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
            format.setMaximumFractionDigits(2);
            return l10n.format("profile.money", format.format(amount));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(this::format).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    public String typeLabel() {
        ProfileView view = profile.get();
        return view == null || view.profileType() == null ? l10n.get("profile.noType") : l10n.label(view.profileType());
    }

    public String stateLabel() {
        ProfileView view = profile.get();
        return view != null && view.state() == ProfileState.PUBLISHED
                ? l10n.get("editor.state.published") : l10n.get("editor.state.draft");
    }

    public String completionText() {
        ProfileView view = profile.get();
        return view == null ? "" : l10n.format("profile.completion", view.completion());
    }

    public boolean isOwn() {
        return profile.get() != null && profile.get().memberId().equals(me);
    }

    public ReadOnlyObjectProperty<ProfileView> profileProperty() {
        return profile;
    }

    public ObservableList<InfoRow> aboutRows() {
        return aboutRows;
    }

    public ObservableList<InfoRow> detailRows() {
        return detailRows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public void setOnReport(java.util.function.BiConsumer<UUID, String> action) {
        onReport.set(action);
    }

    /** Opens the report form for the member shown. */
    public void report() {
        if (canReport.get()) {
            onReport.get().accept(profile.get().memberId(), profile.get().displayName());
        }
    }

    public BooleanBinding canReportProperty() {
        return canReport;
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }
}
