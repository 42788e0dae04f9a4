package org.smilefactory.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.StubEventService;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class EventEditorViewModelTest {

    private final Localization l10n = Localization.english();
    private final List<SaveEvent> sent = new ArrayList<>();
    private final List<EventView> saved = new ArrayList<>();
    private final EventEditorViewModel editor = new EventEditorViewModel(new StubEventService() {
        @Override
        public EventView save(SaveEvent command) {
            sent.add(command);
            throw new ValidationException(List.of(new Violation("end", "before-start", "The end must not be before the start."),
                    new Violation("timeZone", "invalid-time-zone", "Choose a time zone from the list.")));
        }
    }, new CurrentThreadTaskExecutor(), l10n, saved::add);

    @Test
    void whatTheFormCanTellIsMarkedBeforeAnythingIsSent() {
        editor.startNew("Africa/Harare", LocalDate.of(2026, 11, 25));
        editor.titleProperty().set("Breakfast");
        editor.startTimeProperty().set("25:99");
        editor.capacityProperty().set("ten");
        editor.priceProperty().set("1,50");
        editor.save();
        assertThat(sent).isEmpty();
        assertThat(editor.errors().of("start").get()).isEqualTo(l10n.get("events.editor.invalidTime"));
        assertThat(editor.errors().of("capacity").get()).isEqualTo(l10n.get("events.editor.invalidNumber"));
        assertThat(editor.errors().of("price").get()).isEqualTo(l10n.get("events.editor.invalidPrice"));
        editor.capacityProperty().set("10");
        assertThat(editor.errors().of("capacity").get()).isEmpty();
    }

    @Test
    void theBackendsViolationsLandNextToTheirFields() {
        editor.startNew("Africa/Harare", LocalDate.of(2026, 11, 25));
        editor.titleProperty().set("Breakfast");
        editor.capacityProperty().set("12");
        editor.tagsProperty().set("food, , networking");
        editor.currencyProperty().set("zar");
        editor.save();
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 0));
            assertThat(c.capacity()).isEqualTo(12);
            assertThat(c.tags()).containsExactly("food", "networking");
            assertThat(c.currency()).isEqualTo("ZAR");
            assertThat(c.timeZone()).isEqualTo("Africa/Harare");
        });
        assertThat(editor.errors().of("end").get()).isEqualTo("The end must not be before the start.");
        assertThat(editor.errors().of("timeZone").get()).isNotEmpty();
        assertThat(saved).isEmpty();
    }
}
