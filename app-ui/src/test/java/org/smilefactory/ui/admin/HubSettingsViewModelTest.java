package org.smilefactory.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.HubSettingsService;
import org.smilefactory.core.api.settings.KioskDefaults;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.settings.TestAiEndpoint;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class HubSettingsViewModelTest {

    private HubSettings stored = new HubSettings("Test Hub", "Africa/Harare", "USD", KioskDefaults.DEFAULTS,
            new AiSettings(null, "e", false, null, "c", false), 3);
    private final List<SaveHubSettings> saves = new ArrayList<>();
    private RuntimeException next;
    private final List<HubSettings> savedCallbacks = new ArrayList<>();

    private final HubSettingsService service = new HubSettingsService() {
        @Override
        public HubBasics basics() {
            return stored.basics();
        }

        @Override
        public HubSettings settings() {
            return stored;
        }

        @Override
        public HubSettings save(SaveHubSettings s) {
            saves.add(s);
            if (next != null) {
                throw next;
            }
            stored = new HubSettings(s.hubName(), s.timeZone(), s.currency(), s.kiosk(), stored.ai(), s.version() + 1);
            return stored;
        }

        @Override
        public ConnectionCheck testConnection(TestAiEndpoint endpoint) {
            return new ConnectionCheck(true, "ok", 1);
        }
    };

    private final HubSettingsViewModel vm = new HubSettingsViewModel(service, true, new CurrentThreadTaskExecutor(),
            Localization.english(), savedCallbacks::add);

    @Test
    void savesWithTheVersionReadAndTellsTheScreensTheNewZone() {
        vm.refresh();
        assertThat(vm.hubNameProperty().get()).isEqualTo("Test Hub");
        vm.timeZoneProperty().set("Europe/Berlin");
        vm.save();
        assertThat(saves.get(0).version()).isEqualTo(3);
        assertThat(saves.get(0).ai().chatKey()).as("keys are kept unless typed").isNull();
        assertThat(savedCallbacks).extracting(HubSettings::timeZone).containsExactly("Europe/Berlin");
        assertThat(vm.resultMessageProperty().get()).isNotBlank();
    }

    @Test
    void fieldErrorsLandNextToTheirFieldsAndRevertDropsWhatWasTyped() {
        vm.refresh();
        next = new ValidationException(List.of(new Violation("hubName", "required", "Required."),
                new Violation("currency", "invalid-currency", "Bad code.")));
        vm.hubNameProperty().set("");
        vm.save();
        assertThat(vm.errors().of("hubName").get()).isEqualTo("Required.");
        assertThat(vm.errors().of("currency").get()).isEqualTo("Bad code.");
        assertThat(savedCallbacks).isEmpty();
        vm.revert();
        assertThat(vm.hubNameProperty().get()).isEqualTo("Test Hub");
    }

    @Test
    void aStaleVersionIsExplainedAndWhatWasTypedStays() {
        vm.refresh();
        next = new ConflictException("Someone else changed the hub settings.");
        vm.hubNameProperty().set("Mine");
        vm.save();
        assertThat(vm.errorMessageProperty().get()).contains("Someone else");
        assertThat(vm.hubNameProperty().get()).isEqualTo("Mine");
    }
}
