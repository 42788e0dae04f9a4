package org.smilefactory.ui.dashboard;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.smilefactory.core.api.stats.CountByKey;
import org.smilefactory.core.api.stats.EventAttendance;
import org.smilefactory.core.api.stats.HubStats;
import org.smilefactory.core.api.stats.WeeklyCount;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;

/**
 * The hub's numbers as charts, two per row, each in a dashboard card; a chart with nothing to show
 * is replaced by an empty state that says where its numbers will come from.
 */
public final class StaffStatsView {


    private final StaffStatsViewModel vm;
    private final Localization l10n;
    private final HubTime hubTime;
    private final VBox root = new VBox(12);
    private final GridPane grid = new GridPane();
    private final Label total = new Label();

    public StaffStatsView(StaffStatsViewModel vm, Localization l10n) {
        this(vm, l10n, HubTime.systemDefault());
    }

    /** The weeks are the hub's (the service counts them in its zone); their labels in the member's locale. */
    public StaffStatsView(StaffStatsViewModel vm, Localization l10n, HubTime hubTime) {
        this.vm = vm;
        this.l10n = l10n;
        this.hubTime = hubTime;
        root.setId("staffStats");
        Label title = new Label(l10n.get("stats.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        total.setId("totalMembersLabel");
        total.getStyleClass().add(Styles.TEXT_MUTED);
        Message error = new Message(l10n.get("stats.error.title"), "");
        error.getStyleClass().add(Styles.DANGER);
        error.descriptionProperty().bind(vm.errorMessageProperty());
        error.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.setHgap(12);
        grid.setVgap(12);
        root.getChildren().addAll(title, total, error, grid);
        vm.statsProperty().addListener((o, a, s) -> render(s));
    }

    public Node root() {
        return root;
    }

    public void refresh() {
        vm.refresh();
    }

    private void render(HubStats s) {
        grid.getChildren().clear();
        if (s == null) {
            return;
        }
        total.setText(l10n.format("stats.total", s.totalMembers()));
        List<Node> cards = List.of(
                card("stats.byType", "membersByTypeChart", Feather.USERS, s.membersByType().isEmpty() ? null
                        : pie(s.membersByType(), this::typeLabel)),
                card("stats.byState", "membersByStateChart", Feather.USER_CHECK, s.membersByState().isEmpty() ? null
                        : bar(s.membersByState(), k -> l10n.get("stats.state." + k), l10n.get("stats.members"))),
                card("stats.signUps", "signUpsChart", Feather.TRENDING_UP, allZero(s.signUpsPerWeek()) ? null
                        : line(s.signUpsPerWeek(), l10n.get("stats.signUps.series"))),
                card("stats.posts", "postsChart", Feather.FILE_TEXT, allZero(s.postsPerWeek()) ? null
                        : weeklyBar(s.postsPerWeek(), l10n.get("stats.posts.series"))),
                card("stats.events", "eventsChart", Feather.CALENDAR, s.recentEvents().isEmpty() ? null
                        : events(s.recentEvents())),
                card("stats.listings", "listingsChart", Feather.SHOPPING_BAG, s.activeListingsByCategory().isEmpty() ? null
                        : pie(s.activeListingsByCategory(), k -> k)));
        for (int i = 0; i < cards.size(); i++) {
            grid.add(cards.get(i), i % 2, i / 2);
            GridPane.setHgrow(cards.get(i), Priority.ALWAYS);
        }
    }

    private String typeLabel(String key) {
        String k = "stats.type." + key;
        return l10n.has(k) ? l10n.get(k) : key;
    }

    private static boolean allZero(List<WeeklyCount> weeks) {
        return weeks.stream().allMatch(w -> w.count() == 0);
    }

    private Node card(String key, String chartId, Ikon icon, Node chart) {
        Label title = new Label(l10n.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(8, title);
        card.getStyleClass().add("dashboard-card");
        card.setPadding(new Insets(12));
        card.setMinWidth(320);
        if (chart == null) {
            EmptyState empty = new EmptyState(icon, l10n.get(key + ".empty.title"), l10n.get(key + ".empty.description"));
            empty.setId(chartId + "Empty");
            card.getChildren().add(empty);
        } else {
            chart.setId(chartId);
            card.getChildren().add(chart);
        }
        return card;
    }

    private PieChart pie(List<CountByKey> counts, java.util.function.Function<String, String> label) {
        PieChart chart = new PieChart(FXCollections.observableArrayList(counts.stream()
                .map(c -> new PieChart.Data(label.apply(c.key()) + " (" + c.count() + ")", c.count())).toList()));
        chart.setLegendVisible(false);
        chart.setLabelsVisible(true);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        return chart;
    }

    private BarChart<String, Number> bar(List<CountByKey> counts, java.util.function.Function<String, String> label,
                                         String seriesName) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(seriesName);
        counts.forEach(c -> series.getData().add(new XYChart.Data<>(label.apply(c.key()), c.count())));
        chart.getData().add(series);
        return style(chart);
    }

    private LineChart<String, Number> line(List<WeeklyCount> weeks, String seriesName) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), integerAxis());
        chart.getData().add(weekly(weeks, seriesName));
        chart.setCreateSymbols(true);
        return style(chart);
    }

    private BarChart<String, Number> weeklyBar(List<WeeklyCount> weeks, String seriesName) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        chart.getData().add(weekly(weeks, seriesName));
        return style(chart);
    }

    private XYChart.Series<String, Number> weekly(List<WeeklyCount> weeks, String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        weeks.forEach(w -> series.getData().add(new XYChart.Data<>(hubTime.dayMonth(w.weekStart()), w.count())));
        return series;
    }

    private BarChart<String, Number> events(List<EventAttendance> events) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        XYChart.Series<String, Number> registered = new XYChart.Series<>();
        registered.setName(l10n.get("stats.events.registered"));
        XYChart.Series<String, Number> checkedIn = new XYChart.Series<>();
        checkedIn.setName(l10n.get("stats.events.checkedIn"));
        for (EventAttendance e : events) {
            String name = e.title().length() > 18 ? e.title().substring(0, 17) + "…" : e.title();
            registered.getData().add(new XYChart.Data<>(name, e.registered()));
            checkedIn.getData().add(new XYChart.Data<>(name, e.checkedIn()));
        }
        chart.getData().addAll(List.of(registered, checkedIn));
        style(chart);
        chart.setLegendVisible(true);
        return chart;
    }

    private static NumberAxis integerAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }
        });
        return axis;
    }

    private static <C extends XYChart<String, Number>> C style(C chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(260);
        return chart;
    }
}
