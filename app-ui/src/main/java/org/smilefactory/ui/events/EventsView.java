package org.smilefactory.ui.events;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.smilefactory.core.api.events.Attendance;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.ui.kiosk.KioskLauncher;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskAssignment;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.FileDialogs;

/**
 * The Events area: list and filters on the left, the selected event (or the editor) on the right,
 * the ticket and the kiosk start form as overlays. Built in code: the detail's buttons and sections
 * depend on the viewer's rights for the selected event, which one render method states in one place.
 */
public final class EventsView implements AreaView {

    /** How often the attendee list and attendance refresh while the area is shown (decision 0026). */
    static final double POLL_SECONDS = 3;

    /** Where to save a file; the real one is a FileChooser, tests may answer without a native dialog. */
    public interface SaveTarget {
        Optional<Path> choose(String title, String suggestedName, String extension, javafx.stage.Window owner);
    }

    private final EventsViewModel viewModel;
    private final Localization l10n;
    private final SaveTarget saveTarget;
    private final Consumer<Session> kioskStarter;
    private final EventEditorView editorView;
    private final StackPane root = new StackPane();

    private final Label titleLabel = label("eventTitleLabel", "event-detail-title");
    private final Label statusLabel = label("eventStatusLabel", null);
    private final Label whenLabel = label("eventWhenLabel", null);
    private final Label whereLabel = label("eventWhereLabel", null);
    private final Label organiserLabel = label("eventOrganiserLabel", Styles.TEXT_MUTED);
    private final Label priceLabel = label("eventPriceLabel", null);
    private final Label placesLabel = label("eventPlacesLabel", Styles.TITLE_4);
    private final Label descriptionLabel = label("eventDescriptionLabel", null);
    private final Label myRegistrationLabel = label("myRegistrationLabel", Styles.TEXT_BOLD);
    private final Label messageLabel = label("eventMessageLabel", "field-error");
    private final Button registerButton;
    private final Button cancelRegistrationButton;
    private final Button ticketButton;
    private final Button editButton;
    private final Button publishButton;
    private final Button cancelEventButton;
    private final Button completeButton;
    private final Button startKioskButton;
    private final VBox attendeesBox = new VBox(8);
    private final FlowPane attendanceBox = new FlowPane(16, 8);
    private final Button addAttendeeButton;
    private final Timeline poll = new Timeline();
    private final VBox detail = new VBox();
    private final EmptyState noSelection;

    public EventsView(EventsViewModel viewModel, Localization l10n, SaveTarget saveTarget, Consumer<Session> kioskStarter) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.saveTarget = saveTarget;
        this.registerButton = button("registerButton", "events.register", Feather.USER_CHECK);
        this.cancelRegistrationButton = button("cancelRegistrationButton", "events.cancelRegistration", Feather.USER_X);
        this.ticketButton = button("ticketButton", "events.ticket", Feather.MAXIMIZE);
        this.editButton = button("editEventButton", "events.edit", Feather.EDIT_2);
        this.publishButton = button("publishButton", "events.publish", Feather.SEND);
        this.cancelEventButton = button("cancelEventButton", "events.cancelEvent", Feather.SLASH);
        this.completeButton = button("completeButton", "events.complete", Feather.CHECK_SQUARE);
        this.startKioskButton = button("startKioskButton", "events.startKiosk", Feather.MONITOR);
        this.addAttendeeButton = button("addAttendeeButton", "events.addAttendee", Feather.USER_PLUS);
        this.kioskStarter = kioskStarter;
        this.editorView = new EventEditorView(viewModel.editor(), l10n, viewModel::closeEditor);
        this.noSelection = new EmptyState(Feather.CALENDAR, l10n.get("events.noSelection.title"),
                l10n.get("events.noSelection.description"));
        build();
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private Button button(String id, String key, Feather icon) {
        Button button = new Button(l10n.get(key), new FontIcon(icon));
        button.setId(id);
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }

    private void build() {
        root.getStylesheets().add(EventsView.class.getResource("events.css").toExternalForm());
        SplitPane browse = new SplitPane(listPane(), detailPane());
        browse.setDividerPositions(0.38);
        Node editor = editorView.root();
        editor.visibleProperty().bind(viewModel.editingProperty());
        browse.visibleProperty().bind(viewModel.editingProperty().not());
        viewModel.editingProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(editorView::opened);
            }
        });
        root.getChildren().addAll(browse, editor);
        // check-ins at a kiosk show up without typing into the search: poll while the area is on screen
        poll.getKeyFrames().add(new KeyFrame(Duration.seconds(POLL_SECONDS), e -> {
            if (isOnShow()) {
                viewModel.poll();
            } else {
                poll.stop();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
    }

    private boolean isOnShow() {
        var scene = root.getScene();
        return scene != null && root.getParent() != null && scene.getWindow() != null && scene.getWindow().isShowing()
                && scene.getWindow().getScene() == scene;
    }

    private Node listPane() {
        Button newEvent = new Button(l10n.get("events.new"), new FontIcon(Feather.PLUS));
        newEvent.setId("newEventButton");
        newEvent.getStyleClass().add(Styles.ACCENT);
        newEvent.setOnAction(e -> viewModel.newEvent());

        ComboBox<EventType> type = new ComboBox<>();
        type.setId("eventTypeFilter");
        List<EventType> types = new ArrayList<>();
        types.add(null);
        types.addAll(Arrays.asList(EventType.values()));
        type.getItems().setAll(types);
        type.setPromptText(l10n.get("events.filter.allTypes"));
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? l10n.get("events.filter.allTypes") : l10n.label(t);
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        DatePicker from = new DatePicker();
        from.setId("eventFromFilter");
        from.setPromptText(l10n.get("events.filter.from"));
        from.valueProperty().bindBidirectional(viewModel.fromFilterProperty());
        from.setPrefWidth(150);
        DatePicker to = new DatePicker();
        to.setId("eventToFilter");
        to.setPromptText(l10n.get("events.filter.to"));
        to.valueProperty().bindBidirectional(viewModel.toFilterProperty());
        to.setPrefWidth(150);
        ToggleGroup when = new ToggleGroup();
        ToggleButton upcoming = new ToggleButton(l10n.get("events.filter.upcoming"));
        upcoming.setId("upcomingEventsToggle");
        upcoming.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton past = new ToggleButton(l10n.get("events.filter.past"));
        past.setId("pastEventsToggle");
        past.getStyleClass().add(Styles.RIGHT_PILL);
        upcoming.setToggleGroup(when);
        past.setToggleGroup(when);
        upcoming.setSelected(!viewModel.pastProperty().get());
        past.setSelected(viewModel.pastProperty().get());
        when.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.pastProperty().set(now == past);
            }
        });
        HBox switcher = new HBox(upcoming, past);
        Button clear = new Button(null, new FontIcon(Feather.FILTER));
        clear.setId("clearEventFilters");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new javafx.scene.control.Tooltip(l10n.get("events.filter.clear")));
        clear.setOnAction(e -> viewModel.clearFilters());
        FlowPane filters = new FlowPane(8, 8, newEvent, switcher, type, from, to, clear);

        ProgressBar loading = new ProgressBar();
        loading.setMaxWidth(Double.MAX_VALUE);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label error = label("eventsError", "field-error");
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        loading.managedProperty().bind(loading.visibleProperty());

        ListView<EventView> list = new ListView<>(viewModel.items());
        list.setId("eventList");
        list.setCellFactory(lv -> new EventCell());
        list.getStyleClass().add("directory-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            if (event != null && (viewModel.selectedProperty().get() == null
                    || !viewModel.selectedProperty().get().id().equals(event.id()))) {
                viewModel.select(event);
            }
        });
        Button clearFilters = new Button(l10n.get("events.filter.clear"), new FontIcon(Feather.X));
        clearFilters.setOnAction(e -> viewModel.clearFilters());
        clearFilters.visibleProperty().bind(viewModel.emptyState().isEqualTo(EventsViewModel.EmptyState.NO_MATCH));
        EmptyState empty = new EmptyState(Feather.CALENDAR).withAction(clearFilters);
        empty.setId("eventsEmpty");
        empty.bind(javafx.beans.binding.Bindings.createStringBinding(() -> switch (viewModel.emptyState().get()) {
                    case NO_MATCH -> l10n.get("events.empty.noMatch.title");
                    case NO_EVENTS -> l10n.get("events.empty.noEvents.title");
                    case NONE -> "";
                }, viewModel.emptyState()),
                javafx.beans.binding.Bindings.createStringBinding(() -> switch (viewModel.emptyState().get()) {
                    case NO_MATCH -> l10n.get("events.empty.noMatch.description");
                    case NO_EVENTS -> l10n.get("events.empty.noEvents.description");
                    case NONE -> "";
                }, viewModel.emptyState()));
        empty.visibleProperty().bind(viewModel.emptyState().isNotEqualTo(EventsViewModel.EmptyState.NONE));
        list.visibleProperty().bind(empty.visibleProperty().not());
        StackPane stack = new StackPane(list, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        Button more = new Button(l10n.get("events.loadMore"), new FontIcon(Feather.CHEVRONS_DOWN));
        more.setId("loadMoreEvents");
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> viewModel.loadMore());
        VBox pane = new VBox(8, filters, loading, error, stack, more);
        pane.setStyle("-fx-padding: 12;");
        return pane;
    }

    private final class EventCell extends ListCell<EventView> {
        EventCell() {
            setPrefWidth(0); // follow the list's width: long titles end in "..." instead of a sideways scroll
        }

        @Override
        protected void updateItem(EventView e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(e.title());
            title.getStyleClass().add("event-cell-title");
            String when = EventTimes.dayAndTime(e.start(), e.timeZone());
            String status = e.status() == EventStatus.PUBLISHED ? "" : " · " + l10n.label(e.status());
            Label line = new Label(when + " · " + l10n.label(e.type()) + status);
            line.getStyleClass().add(Styles.TEXT_MUTED);
            Label places = new Label(places(e));
            places.getStyleClass().add(Styles.TEXT_SMALL);
            VBox card = new VBox(2, title, line, places);
            card.getStyleClass().add("directory-entry");
            setGraphic(card);
            setText(null);
        }
    }

    private String places(EventView e) {
        if (e.capacity() == null) {
            return l10n.format("events.places.unlimited", e.confirmed());
        }
        return e.waitlisted() > 0 ? l10n.format("events.places.waitlist", e.confirmed(), e.capacity(), e.waitlisted())
                : l10n.format("events.places.limited", e.confirmed(), e.capacity());
    }

    private Node detailPane() {
        registerButton.getStyleClass().add(Styles.ACCENT);
        registerButton.setOnAction(e -> viewModel.register());
        cancelRegistrationButton.setOnAction(e -> viewModel.cancelRegistration());
        ticketButton.setOnAction(e -> viewModel.loadTicket(this::showTicket));
        editButton.setOnAction(e -> viewModel.editSelected());
        publishButton.getStyleClass().add(Styles.SUCCESS);
        publishButton.setOnAction(e -> viewModel.changeStatus(EventStatus.PUBLISHED));
        cancelEventButton.getStyleClass().add(Styles.DANGER);
        cancelEventButton.setOnAction(e -> viewModel.changeStatus(EventStatus.CANCELLED));
        completeButton.setOnAction(e -> viewModel.changeStatus(EventStatus.COMPLETED));
        startKioskButton.setOnAction(e -> showKioskStart());
        addAttendeeButton.setOnAction(e -> showAddAttendee());
        for (Button b : List.of(registerButton, cancelRegistrationButton, editButton, publishButton, cancelEventButton,
                completeButton)) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
        FlowPane memberActions = new FlowPane(8, 8, registerButton, cancelRegistrationButton, ticketButton);
        FlowPane manageActions = new FlowPane(8, 8, editButton, publishButton, cancelEventButton, completeButton, startKioskButton,
                addAttendeeButton);

        TextField search = new TextField();
        search.setId("attendeeSearchField");
        search.setPromptText(l10n.get("events.attendees.search"));
        search.textProperty().bindBidirectional(viewModel.attendeeSearchProperty());
        Button export = button("exportCsvButton", "events.exportCsv", Feather.DOWNLOAD);
        export.setOnAction(e -> exportCsv());
        ListView<Registration> attendees = new ListView<>(viewModel.attendees());
        attendees.setId("attendeeList");
        attendees.setPrefHeight(260);
        attendees.setPlaceholder(new Label(l10n.get("events.attendees.empty")));
        attendees.setCellFactory(lv -> new ListCell<>() {
            private final Label line = new Label();
            private final HBox box = new HBox(8);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                line.setMinWidth(0);
            }

            @Override
            protected void updateItem(Registration r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                String checkedIn = r.checkedInAt() == null ? "" : " · ✓ " + EventTimes.time(r.checkedInAt(), zone());
                line.setText(r.memberName() + " · " + l10n.label(r.role()) + " · " + l10n.label(r.status()) + checkedIn);
                box.getChildren().setAll(line);
                if (viewModel.rolesEditable() && r.status() != RegistrationStatus.CANCELLED) {
                    box.getChildren().add(roleMenu(r));
                }
                for (EventsViewModel.AttendeeFlag flag : viewModel.flags(r)) {
                    Label mark = new Label(flag.text(), new FontIcon(switch (flag.tone()) {
                        case DANGER -> Feather.ALERT_OCTAGON;
                        case WARNING -> Feather.ALERT_TRIANGLE;
                        case MUTED -> Feather.WIFI_OFF;
                    }));
                    mark.getStyleClass().addAll("attendee-flag", switch (flag.tone()) {
                        case DANGER -> "flag-danger";
                        case WARNING -> "flag-warning";
                        case MUTED -> "flag-muted";
                    });
                    mark.setTooltip(new Tooltip(flag.tooltip()));
                    box.getChildren().add(mark);
                }
                setGraphic(box);
            }
        });
        Button moreAttendees = button("moreAttendeesButton", "events.loadMore", Feather.CHEVRONS_DOWN);
        moreAttendees.visibleProperty().bind(viewModel.attendeesHaveMoreProperty());
        moreAttendees.setOnAction(e -> viewModel.loadMoreAttendees());
        Label attendeesTitle = new Label(l10n.get("events.attendees"));
        attendeesTitle.getStyleClass().add(Styles.TITLE_4);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox attendeesHeader = new HBox(8, attendeesTitle, grow, search, export);
        attendeesHeader.setAlignment(Pos.CENTER_LEFT);
        attendeesBox.getChildren().addAll(attendanceBox, attendeesHeader, attendees, moreAttendees);
        attendanceBox.setId("attendanceBox");
        attendanceBox.getStyleClass().add("attendance-box");
        attendanceBox.managedProperty().bind(attendanceBox.visibleProperty());
        attendanceBox.visibleProperty().bind(viewModel.attendanceProperty().isNotNull());
        viewModel.attendanceProperty().addListener((obs, old, a) -> renderAttendance(a));
        attendeesBox.managedProperty().bind(attendeesBox.visibleProperty());

        detail.getStyleClass().add("event-detail");
        detail.getChildren().addAll(titleLabel, statusLabel, whenLabel, whereLabel, organiserLabel, priceLabel, placesLabel,
                myRegistrationLabel, memberActions, manageActions, messageLabel, descriptionLabel, attendeesBox);
        messageLabel.textProperty().bind(viewModel.detailMessageProperty());
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        for (Label label : List.of(whereLabel, descriptionLabel)) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
        }
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        noSelection.visibleProperty().bind(viewModel.selectedProperty().isNull());
        viewModel.selectedProperty().addListener((obs, old, event) -> render(event));
        render(null);
        return new StackPane(noSelection, scroll);
    }

    private String zone() {
        EventView e = viewModel.selectedProperty().get();
        return e == null ? null : e.timeZone();
    }

    /** The door's numbers: one figure per kind, each with its label under it. */
    private void renderAttendance(Attendance a) {
        attendanceBox.getChildren().clear();
        if (a == null) {
            return;
        }
        attendanceBox.getChildren().addAll(
                figure("attendanceRegistered", a.registered(), "events.attendance.registered"),
                figure("attendanceCheckedIn", a.checkedIn(), "events.attendance.checkedIn"),
                figure("attendanceNoShows", a.noShows(), "events.attendance.noShows"),
                figure("attendanceWalkIns", a.walkIns(), "events.attendance.walkIns"),
                figure("attendanceDuplicates", a.duplicateScans(), "events.attendance.duplicates"));
    }

    private Node figure(String id, long value, String key) {
        Label number = new Label(Long.toString(value));
        number.setId(id);
        number.getStyleClass().add(Styles.TITLE_3);
        Label caption = new Label(l10n.get(key));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(0, number, caption);
        box.getStyleClass().add("attendance-figure");
        return box;
    }

    /** A row's role, changeable by the organiser or staff while the event is not over. */
    private Node roleMenu(Registration r) {
        MenuButton menu = new MenuButton(l10n.get("events.role.change"));
        menu.setId("attendeeRoleButton");
        menu.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        for (AttendeeRole role : AttendeeRole.values()) {
            MenuItem item = new MenuItem(l10n.label(role));
            item.setId("role-" + role.name().toLowerCase(Locale.ROOT));
            item.setDisable(role == r.role());
            item.setOnAction(e -> viewModel.changeRole(r, role));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** What the viewer sees and may do for this event, in one place. */
    private void render(EventView e) {
        if (e == null) {
            return;
        }
        titleLabel.setText(e.title());
        statusLabel.setText(l10n.label(e.type()) + " · " + l10n.label(e.status()));
        whenLabel.setText(l10n.format("events.when", EventTimes.dayAndTime(e.start(), e.timeZone()),
                EventTimes.time(e.end(), e.timeZone()), e.timeZone()));
        String where = e.location() == null ? "" : e.location();
        if (e.online() && e.virtualMeetingUrl() != null) {
            where = (where.isEmpty() ? "" : where + " · ") + l10n.format("events.online", e.virtualMeetingUrl());
        }
        whereLabel.setText(where);
        organiserLabel.setText(l10n.format("events.organiser", e.organizerName()));
        priceLabel.setText(e.price() == null || e.price().signum() == 0 ? l10n.get("events.price.free")
                : l10n.format("events.price", e.currency(), e.price().toPlainString()));
        placesLabel.setText(places(e));
        descriptionLabel.setText(e.description() == null ? "" : e.description());

        Registration mine = e.myRegistration();
        RegistrationStatus status = mine == null ? null : mine.status();
        myRegistrationLabel.setText(status == null ? l10n.get("events.mine.none") : switch (status) {
            case CONFIRMED -> l10n.get("events.mine.confirmed");
            case WAITLISTED -> l10n.get("events.mine.waitlisted");
            case CANCELLED -> l10n.get("events.mine.cancelled");
        });
        boolean open = e.status() == EventStatus.PUBLISHED;
        boolean active = status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED;
        registerButton.setVisible(open && !active);
        registerButton.setText(l10n.get(e.hasPlaces() ? "events.register" : "events.register.waitlist"));
        cancelRegistrationButton.setVisible(active && e.status() != EventStatus.COMPLETED);
        ticketButton.setVisible(active);
        boolean manage = e.canManage();
        editButton.setVisible(manage && (e.status() == EventStatus.DRAFT || e.status() == EventStatus.PUBLISHED));
        publishButton.setVisible(manage && e.status().canChangeTo(EventStatus.PUBLISHED));
        cancelEventButton.setVisible(manage && e.status().canChangeTo(EventStatus.CANCELLED));
        completeButton.setVisible(manage && e.status().canChangeTo(EventStatus.COMPLETED));
        startKioskButton.setVisible(viewModel.isStaff() && open);
        addAttendeeButton.setVisible(viewModel.rolesEditable());
        attendeesBox.setVisible(manage);
    }

    private void exportCsv() {
        EventView e = viewModel.selectedProperty().get();
        if (e == null) {
            return;
        }
        saveTarget.choose(l10n.get("events.exportCsv"), fileName(e.title()) + "-attendees.csv", "csv", window())
                .ifPresent(path -> viewModel.exportCsv(path, () -> { }));
    }

    private static String fileName(String title) {
        String cleaned = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return cleaned.isEmpty() ? "event" : cleaned;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private StackPane overlay(String id, Node content) {
        VBox card = new VBox(12, content);
        card.getStyleClass().add("screen-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane layer = new StackPane(card);
        layer.setId(id);
        layer.setStyle("-fx-background-color: rgba(0,0,0,0.3);");
        root.getChildren().add(layer);
        return layer;
    }

    /** The ticket with its QR code and "Save ticket as PNG". */
    private void showTicket(Ticket ticket) {
        VBox card = TicketImages.card(ticket, l10n);
        Button save = new Button(l10n.get("events.ticket.save"), new FontIcon(Feather.IMAGE));
        save.setId("saveTicketButton");
        save.getStyleClass().add(Styles.ACCENT);
        Button close = new Button(l10n.get("kiosk.badge.close"));
        close.setId("closeTicketButton");
        Label heading = new Label(l10n.get("events.ticket.title"));
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox content = new VBox(12, heading, card, new HBox(12, save, close));
        content.setAlignment(Pos.CENTER);
        StackPane layer = overlay("ticketLayer", content);
        close.setOnAction(e -> root.getChildren().remove(layer));
        save.setOnAction(e -> saveTarget.choose(l10n.get("events.ticket.save"), fileName(ticket.eventTitle()) + "-ticket.png",
                        "png", window())
                .ifPresent(path -> viewModel.saveTicket(TicketImages.png(ticket, l10n), path)));
    }

    /** Staff: sign in (or create) a kiosk account for the selected event and open the kiosk. */
    private void showKioskStart() {
        EventView e = viewModel.selectedProperty().get();
        viewModel.loadKiosks();
        Label heading = new Label(l10n.format("events.kioskStart.title", e.title()));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label help = new Label(l10n.get("events.kioskStart.help"));
        help.setWrapText(true);
        help.setMaxWidth(520);
        Label existing = new Label();
        existing.setId("kioskStartExisting");
        existing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.kiosks().isEmpty()
                ? l10n.get("events.kioskStart.none")
                : l10n.format("events.kioskStart.existing", String.join(", ",
                        viewModel.kiosks().stream().map(KioskAssignment::email).toList())), viewModel.kiosks()));
        TextField email = new TextField();
        email.setId("kioskStartEmail");
        PasswordField password = new PasswordField();
        password.setId("kioskStartPassword");
        PasswordField pin = new PasswordField();
        pin.setId("kioskStartPin");
        Label error = label("kioskStartError", "field-error");
        List<String> lines = viewModel.kioskLaunchLines();
        Label launchHelp = new Label(l10n.get("events.kioskStart.launchHelp"));
        launchHelp.setWrapText(true);
        launchHelp.setMaxWidth(620);
        VBox launch = new VBox(6, launchHelp,
                launchLine("kioskLaunchLine", l10n.get(KioskLauncher.runningInstalled()
                        ? "events.kioskStart.installed" : "events.kioskStart.source"), lines.get(0)),
                launchLine("kioskLaunchLineOther", l10n.get(KioskLauncher.runningInstalled()
                        ? "events.kioskStart.source" : "events.kioskStart.installed"), lines.get(1)));
        Label here = new Label(l10n.get("events.kioskStart.here"));
        here.getStyleClass().add(Styles.TITLE_4);
        Button start = new Button(l10n.get("events.kioskStart.start"), new FontIcon(Feather.MONITOR));
        start.setId("kioskStartButton");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        Button close = new Button(l10n.get("events.editor.cancel"));
        close.setId("kioskStartCancel");
        VBox content = new VBox(8, heading, launch, new Separator(), here, help, existing,
                new Label(l10n.get("events.kioskStart.email")), email,
                new Label(l10n.get("events.kioskStart.password")), password, new Label(l10n.get("events.kioskStart.pin")), pin,
                error, new HBox(12, start, close));
        StackPane layer = overlay("kioskStartLayer", content);
        close.setOnAction(ev -> root.getChildren().remove(layer));
        start.setOnAction(ev -> {
            start.setDisable(true);
            viewModel.startKiosk(email.getText(), password.getText(), pin.getText(), session -> {
                root.getChildren().remove(layer);
                kioskStarter.accept(session);
            }, message -> {
                start.setDisable(false);
                error.setText(message);
            });
        });
        Platform.runLater(email::requestFocus);
    }

    /** One command to copy: what it is for, the line itself (selectable), and a Copy button. */
    private Node launchLine(String id, String caption, String line) {
        Label what = new Label(caption);
        what.getStyleClass().add(Styles.TEXT_SMALL);
        TextField field = new TextField(line);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(44);
        field.getStyleClass().add("launch-line");
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(l10n.get("events.kioskStart.copy"), new FontIcon(Feather.COPY));
        copy.setId(id + "Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(line);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(l10n.get("events.kioskStart.copied"));
        });
        HBox row = new HBox(8, field, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, what, row);
    }

    /** Organiser or staff: find a member by name and register them with a role (speaker, sponsor…). */
    private void showAddAttendee() {
        EventView e = viewModel.selectedProperty().get();
        if (e == null) {
            return;
        }
        viewModel.addAttendeeMessageProperty().set("");
        viewModel.memberMatches().clear();
        Label heading = new Label(l10n.format("events.addAttendee.title", e.title()));
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.setMaxWidth(520);
        TextField search = new TextField();
        search.setId("addAttendeeSearch");
        search.setPromptText(l10n.get("events.addAttendee.search"));
        search.textProperty().addListener((obs, old, text) -> viewModel.searchMembers(text));
        ListView<DirectoryEntry> matches = new ListView<>(viewModel.memberMatches());
        matches.setId("addAttendeeMatches");
        matches.setPrefSize(520, 200);
        matches.setPlaceholder(new Label(l10n.get("events.addAttendee.none")));
        matches.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(DirectoryEntry d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null
                        : d.displayName() + (d.headline() == null || d.headline().isBlank() ? "" : " · " + d.headline()));
            }
        });
        ComboBox<AttendeeRole> role = new ComboBox<>();
        role.setId("addAttendeeRole");
        role.getItems().setAll(AttendeeRole.SPEAKER, AttendeeRole.SPONSOR, AttendeeRole.ORGANIZER, AttendeeRole.ATTENDEE);
        role.setValue(AttendeeRole.SPEAKER);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttendeeRole r) {
                return r == null ? "" : l10n.label(r);
            }

            @Override
            public AttendeeRole fromString(String s) {
                return null;
            }
        });
        Label error = label("addAttendeeError", "field-error");
        error.textProperty().bind(viewModel.addAttendeeMessageProperty());
        Button add = new Button(l10n.get("events.addAttendee.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("addAttendeeConfirm");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(matches.getSelectionModel().selectedItemProperty().isNull());
        Button close = new Button(l10n.get("events.editor.cancel"));
        close.setId("addAttendeeCancel");
        Label roleLabel = new Label(l10n.get("events.addAttendee.role"));
        HBox roleRow = new HBox(8, roleLabel, role);
        roleRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, heading, search, matches, roleRow, error, new HBox(12, add, close));
        content.setPrefWidth(520);
        StackPane layer = overlay("addAttendeeLayer", content);
        close.setOnAction(ev -> {
            error.textProperty().unbind();
            root.getChildren().remove(layer);
        });
        add.setOnAction(ev -> {
            DirectoryEntry chosen = matches.getSelectionModel().getSelectedItem();
            viewModel.addAttendee(chosen == null ? null : chosen.memberId(), role.getValue(), () -> {
                error.textProperty().unbind();
                root.getChildren().remove(layer);
            });
        });
        Platform.runLater(search::requestFocus);
    }

    /** The real save dialog. */
    public static SaveTarget fileChooser() {
        return (title, suggested, extension, owner) -> {
            FileChooser chooser = FileDialogs.chooser(title);
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                    "*." + extension));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refresh();
        poll.play();
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        if (shortcut == Shortcut.SAVE && viewModel.editingProperty().get()) {
            viewModel.editor().save();
            return true;
        }
        return false;
    }
}
