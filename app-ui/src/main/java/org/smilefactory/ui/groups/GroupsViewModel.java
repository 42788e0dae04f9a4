package org.smilefactory.ui.groups;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupRole;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.groups.MembershipStatus;
import org.smilefactory.core.api.groups.MembershipType;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Groups area: the list with its filters and paging, the selected group with the actions the
 * member may take (join, request, leave; for managers the invite code and member moderation), and the
 * create/edit form with errors next to its fields. Older list answers arriving after newer ones are
 * dropped, so the list always matches the filters on screen.
 */
public final class GroupsViewModel {

    private final GroupService groups;
    private final TaskExecutor executor;
    private final Localization l10n;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty categoryFilter = new SimpleStringProperty("");
    private final BooleanProperty mineOnly = new SimpleBooleanProperty();
    private final ObservableList<GroupView> items = FXCollections.observableArrayList();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<GroupView> selected = new SimpleObjectProperty<>();
    private final ObservableList<GroupMember> members = FXCollections.observableArrayList();
    private final StringProperty membersMessage = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty infoMessage = new SimpleStringProperty("");
    private final StringProperty joinCode = new SimpleStringProperty("");
    private final FieldErrors joinErrors = new FieldErrors("inviteCode");

    // the form
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final ObjectProperty<GroupVisibility> visibility = new SimpleObjectProperty<>(GroupVisibility.PUBLIC);
    private final ObjectProperty<MembershipType> membershipType = new SimpleObjectProperty<>(MembershipType.OPEN);
    private final StringProperty maxMembers = new SimpleStringProperty("");
    private final StringProperty rules = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final FieldErrors fieldErrors = new FieldErrors("name", "description", "category", "visibility",
            "membershipType", "maxMembers", "rules", "tags", "location");
    private GroupView editingGroup;

    private String nextCursor;
    private long generation;

    public GroupsViewModel(GroupService groups, TaskExecutor executor, Localization l10n) {
        this.groups = Objects.requireNonNull(groups);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        mineOnly.addListener((obs, old, now) -> refresh());
        for (String field : List.of("name", "description", "category", "maxMembers", "rules", "tags", "location")) {
            fieldErrors.clearOnChange(formField(field), field);
        }
        joinErrors.clearOnChange(joinCode, "inviteCode");
    }

    private StringProperty formField(String field) {
        switch (field) {
            case "name": return name;
            case "description": return description;
            case "category": return category;
            case "maxMembers": return maxMembers;
            case "rules": return rules;
            case "tags": return tags;
            default: return location;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the list
    // ---------------------------------------------------------------------------------------------

    private GroupQuery query(String cursor) {
        return new GroupQuery(blankToNull(searchText.get()), blankToNull(categoryFilter.get()), mineOnly.get(), cursor,
                GroupQuery.DEFAULT_LIMIT);
    }

    public void refresh() {
        long mine = ++generation;
        GroupQuery q = query(null);
        BackgroundTask.wrap(() -> groups.list(q))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (mine == generation) {
                        items.setAll(page.groups());
                        nextCursor = page.nextCursor();
                        hasMore.set(page.hasMore());
                        errorMessage.set("");
                        reselect();
                    }
                })
                .onFailure(this::showError)
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public void loadMore() {
        if (nextCursor == null) {
            return;
        }
        long mine = generation;
        GroupQuery q = query(nextCursor);
        BackgroundTask.wrap(() -> groups.list(q))
                .onSuccess((GroupPage page) -> {
                    if (mine == generation) {
                        items.addAll(page.groups());
                        nextCursor = page.nextCursor();
                        hasMore.set(page.hasMore());
                    }
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    private void reselect() {
        GroupView current = selected.get();
        if (current != null) {
            items.stream().filter(g -> g.id().equals(current.id())).findFirst().ifPresent(this::show);
        }
    }

    public void select(GroupView group) {
        if (group == null) {
            selected.set(null);
            members.clear();
            return;
        }
        show(group);
        infoMessage.set("");
        UUID id = group.id();
        BackgroundTask.wrap(() -> groups.get(id)).onSuccess(this::show).onFailure(this::showError).executeWith(executor);
    }

    private void show(GroupView group) {
        selected.set(group);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(group.id()) && !items.get(i).equals(group)) {
                items.set(i, group);
            }
        }
        loadMembers(group);
    }

    private void loadMembers(GroupView group) {
        UUID id = group.id();
        BackgroundTask.wrap(() -> groups.members(id))
                .onSuccess(list -> {
                    if (selected.get() != null && selected.get().id().equals(id)) {
                        members.setAll(list);
                        membersMessage.set(list.isEmpty() ? l10n.get("groups.members.none") : "");
                    }
                })
                .onFailure(error -> {
                    members.clear();
                    membersMessage.set(Errors.messageOf(error, l10n));
                })
                .executeWith(executor);
    }

    // ---------------------------------------------------------------------------------------------
    // membership actions
    // ---------------------------------------------------------------------------------------------

    /** What the main membership button says for the selected group, or null when there is none to press. */
    public String joinActionText(GroupView g) {
        if (g == null || g.myStatus() == MembershipStatus.ACTIVE || g.myStatus() == MembershipStatus.BANNED) {
            return null;
        }
        if (g.myStatus() == MembershipStatus.PENDING) {
            return null;
        }
        switch (g.membershipType()) {
            case OPEN: return l10n.get("groups.action.join");
            case APPROVAL_REQUIRED: return l10n.get("groups.action.request");
            default: return null;
        }
    }

    public String membershipText(GroupView g) {
        if (g == null) {
            return "";
        }
        if (g.myStatus() == null || g.myStatus() == MembershipStatus.LEFT) {
            return g.membershipType() == MembershipType.INVITE_ONLY ? l10n.get("groups.status.inviteOnly")
                    : l10n.get("groups.status.notMember");
        }
        if (g.myStatus() == MembershipStatus.ACTIVE) {
            return l10n.format("groups.status.active", l10n.label(g.myRole()));
        }
        return l10n.label(g.myStatus());
    }

    public void join() {
        GroupView g = selected.get();
        if (g != null) {
            act(() -> groups.join(g.id(), null), l10n.get("groups.joined"));
        }
    }

    public void leave() {
        GroupView g = selected.get();
        if (g == null) {
            return;
        }
        BackgroundTask.wrap(() -> groups.leave(g.id()))
                .onSuccess(view -> {
                    if (view == null) {
                        // a hidden group is gone from view once you leave it
                        selected.set(null);
                        members.clear();
                        refresh();
                    } else {
                        show(view);
                    }
                    infoMessage.set(l10n.get("groups.left"));
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public void joinWithCode() {
        String code = joinCode.get() == null ? "" : joinCode.get().trim();
        BackgroundTask.wrap(() -> groups.joinWithCode(code))
                .onSuccess(view -> {
                    joinCode.set("");
                    show(view);
                    infoMessage.set(l10n.get("groups.joined"));
                    refresh();
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        joinErrors.apply(v);
                    } else {
                        showError(error);
                    }
                })
                .executeWith(executor);
    }

    public void regenerateInvite() {
        GroupView g = selected.get();
        if (g == null) {
            return;
        }
        BackgroundTask.wrap(() -> groups.regenerateInvite(g.id(), null))
                .onSuccess(code -> select(g))
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public void approve(GroupMember m) {
        memberAction(() -> groups.approve(selected.get().id(), m.memberId()));
    }

    public void deny(GroupMember m) {
        memberAction(() -> groups.deny(selected.get().id(), m.memberId()));
    }

    public void ban(GroupMember m) {
        memberAction(() -> groups.ban(selected.get().id(), m.memberId()));
    }

    public void changeRole(GroupMember m, GroupRole role) {
        memberAction(() -> groups.changeRole(selected.get().id(), m.memberId(), role));
    }

    private void memberAction(Callable<GroupMember> action) {
        GroupView g = selected.get();
        if (g == null) {
            return;
        }
        BackgroundTask.wrap(action).onSuccess(done -> select(g)).onFailure(this::showError).executeWith(executor);
    }

    private void act(Callable<GroupView> action, String success) {
        BackgroundTask.wrap(action)
                .onSuccess(view -> {
                    show(view);
                    infoMessage.set(success);
                    errorMessage.set("");
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    private void showError(Throwable error) {
        errorMessage.set(Errors.messageOf(error, l10n));
    }

    // ---------------------------------------------------------------------------------------------
    // the form
    // ---------------------------------------------------------------------------------------------

    public void startCreate() {
        editingGroup = null;
        fill("", "", "", GroupVisibility.PUBLIC, MembershipType.OPEN, "", "", "", "");
        editing.set(true);
    }

    public void startEdit() {
        GroupView g = selected.get();
        if (g == null) {
            return;
        }
        editingGroup = g;
        fill(g.name(), nz(g.description()), g.category(), g.visibility(), g.membershipType(),
                String.valueOf(g.maxMembers()), nz(g.rules()), String.join(", ", g.tags()), nz(g.location()));
        editing.set(true);
    }

    private void fill(String n, String d, String c, GroupVisibility v, MembershipType t, String max, String r,
                      String tg, String loc) {
        name.set(n);
        description.set(d);
        category.set(c);
        visibility.set(v);
        membershipType.set(t);
        maxMembers.set(max);
        rules.set(r);
        tags.set(tg);
        location.set(loc);
        fieldErrors.clear();
        errorMessage.set("");
    }

    public void cancelEdit() {
        editing.set(false);
        fieldErrors.clear();
    }

    public void save() {
        fieldErrors.clear();
        Integer max = null;
        String maxText = maxMembers.get() == null ? "" : maxMembers.get().trim();
        if (!maxText.isEmpty()) {
            try {
                max = Integer.valueOf(maxText);
            } catch (NumberFormatException e) {
                fieldErrors.set("maxMembers", l10n.get("groups.form.notANumber"));
                return;
            }
        }
        List<String> tagList = Arrays.stream((tags.get() == null ? "" : tags.get()).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        GroupView base = editingGroup;
        SaveGroup command = new SaveGroup(base == null ? null : base.id(), base == null ? 0 : base.version(),
                name.get(), blankToNull(description.get()), category.get(), visibility.get(), membershipType.get(), max,
                blankToNull(rules.get()), tagList, blankToNull(location.get()));
        BackgroundTask.wrap(() -> base == null ? groups.create(command) : groups.update(command))
                .onRunning(() -> saving.set(true))
                .onSuccess(view -> {
                    editing.set(false);
                    show(view);
                    infoMessage.set(l10n.get("groups.saved"));
                    refresh();
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        List<Violation> rest = fieldErrors.apply(v);
                        if (!rest.isEmpty()) {
                            errorMessage.set(rest.get(0).message());
                        }
                    } else {
                        showError(error);
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------------------------------------
    // properties
    // ---------------------------------------------------------------------------------------------

    public StringProperty searchTextProperty() { return searchText; }
    public StringProperty categoryFilterProperty() { return categoryFilter; }
    public BooleanProperty mineOnlyProperty() { return mineOnly; }
    public ObservableList<GroupView> items() { return items; }
    public BooleanProperty hasMoreProperty() { return hasMore; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObjectProperty<GroupView> selectedProperty() { return selected; }
    public ObservableList<GroupMember> members() { return members; }
    public StringProperty membersMessageProperty() { return membersMessage; }
    public StringProperty errorMessageProperty() { return errorMessage; }
    public StringProperty infoMessageProperty() { return infoMessage; }
    public StringProperty joinCodeProperty() { return joinCode; }
    public FieldErrors joinErrors() { return joinErrors; }
    public BooleanProperty editingProperty() { return editing; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty nameProperty() { return name; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty categoryProperty() { return category; }
    public ObjectProperty<GroupVisibility> visibilityProperty() { return visibility; }
    public ObjectProperty<MembershipType> membershipTypeProperty() { return membershipType; }
    public StringProperty maxMembersProperty() { return maxMembers; }
    public StringProperty rulesProperty() { return rules; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty locationProperty() { return location; }
    public FieldErrors fieldErrors() { return fieldErrors; }
    public boolean isCreating() { return editingGroup == null; }
    public Localization l10n() { return l10n; }
}
