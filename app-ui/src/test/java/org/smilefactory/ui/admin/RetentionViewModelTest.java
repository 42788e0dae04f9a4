package org.smilefactory.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.admin.RetentionCategory;
import org.smilefactory.core.api.admin.RetentionCount;
import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionService;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class RetentionViewModelTest {

    private final Localization l10n = Localization.english();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    /** A service that answers as the contract says: the saved periods at a new version, or what it was told to throw. */
    private static final class Service implements RetentionService {
        RetentionSettings stored = new RetentionSettings(365, 180, 365, 90, 365, 730, 30, 0);
        final List<RetentionSettings> saves = new ArrayList<>();
        RuntimeException failSave;
        boolean runningSeen;
        RetentionViewModel viewModel;
        int runs;

        @Override
        public RetentionSettings settings() {
            return stored;
        }

        @Override
        public RetentionSettings save(RetentionSettings settings) {
            saves.add(settings);
            if (failSave != null) {
                throw failSave;
            }
            stored = new RetentionSettings(settings.checkInScanDays(), settings.aiConversationDays(), settings.aiAnalyticsDays(),
                    settings.readNotificationDays(), settings.notificationDays(), settings.auditDays(), settings.endedTokenDays(),
                    settings.version() + 1);
            return stored;
        }

        @Override
        public RetentionResult runNow() {
            runs++;
            runningSeen = viewModel != null && viewModel.runningProperty().get();
            Instant now = Instant.now();
            return new RetentionResult(now, now, List.of(
                    new RetentionCount(RetentionCategory.CHECK_IN_SCANS, 365, now, 12),
                    new RetentionCount(RetentionCategory.AUDIT_ENTRIES, 730, now, 0),
                    new RetentionCount(RetentionCategory.ENDED_TOKENS, 30, now, 3)));
        }
    }

    private RetentionViewModel loaded(Service service, boolean admin) {
        RetentionViewModel vm = new RetentionViewModel(service, admin, executor, l10n);
        service.viewModel = vm;
        vm.refresh();
        return vm;
    }

    @Test
    void thePeriodsInForceFillTheFields() {
        RetentionViewModel vm = loaded(new Service(), true);
        assertThat(vm.daysProperty("checkInScanDays").get()).isEqualTo("365");
        assertThat(vm.daysProperty("endedTokenDays").get()).isEqualTo("30");
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void savingSendsTheVersionReadAndAnEmptyFieldKeepsForever() {
        Service service = new Service();
        RetentionViewModel vm = loaded(service, true);
        vm.daysProperty("auditDays").set("");
        vm.daysProperty("checkInScanDays").set(" 200 ");

        vm.save();

        assertThat(service.saves).containsExactly(new RetentionSettings(200, 180, 365, 90, 365, 0, 30, 0));
        assertThat(vm.version()).isEqualTo(1);
        assertThat(vm.daysProperty("auditDays").get()).isEqualTo("0");
        assertThat(vm.resultMessageProperty().get()).isEqualTo("Retention periods saved.");
    }

    @Test
    void whatIsNotAWholeNumberIsMarkedNextToItsFieldWithoutAsking() {
        Service service = new Service();
        RetentionViewModel vm = loaded(service, true);
        vm.daysProperty("aiConversationDays").set("six months");
        vm.daysProperty("notificationDays").set("99999999999");

        vm.save();

        assertThat(service.saves).isEmpty();
        assertThat(vm.errors().of("aiConversationDays").get()).contains("whole number");
        assertThat(vm.errors().of("notificationDays").get()).contains("3650");
        vm.daysProperty("aiConversationDays").set("180");
        assertThat(vm.errors().of("aiConversationDays").get()).as("editing clears the message").isEmpty();
    }

    @Test
    void theServicesRefusalsLandNextToTheirFields() {
        Service service = new Service();
        service.failSave = new ValidationException(List.of(
                new Violation("checkInScanDays", "negative", "Enter a whole number of days from 0 to 3650; 0 keeps them forever."),
                new Violation("readNotificationDays", "longer-than-all", "Read notifications cannot be kept longer.")));
        RetentionViewModel vm = loaded(service, true);
        vm.daysProperty("checkInScanDays").set("-1");

        vm.save();

        assertThat(vm.errors().of("checkInScanDays").get()).startsWith("Enter a whole number");
        assertThat(vm.errors().of("readNotificationDays").get()).isEqualTo("Read notifications cannot be kept longer.");
        assertThat(vm.errorMessageProperty().get()).isEmpty();
        assertThat(vm.daysProperty("checkInScanDays").get()).as("what was typed stays").isEqualTo("-1");
    }

    @Test
    void aStaleSaveSaysSoAndKeepsWhatWasTyped() {
        Service service = new Service();
        service.failSave = new ConflictException("Someone else changed the retention periods after you opened them.");
        RetentionViewModel vm = loaded(service, true);
        vm.daysProperty("auditDays").set("100");

        vm.save();

        assertThat(vm.errorMessageProperty().get()).startsWith("Someone else changed");
        assertThat(vm.daysProperty("auditDays").get()).isEqualTo("100");
        assertThat(vm.savingProperty().get()).isFalse();
    }

    @Test
    void applyNowShowsProgressWhileRunningAndThenWhatWasDeleted() {
        Service service = new Service();
        RetentionViewModel vm = loaded(service, true);

        vm.applyNow();

        assertThat(service.runs).isEqualTo(1);
        assertThat(service.runningSeen).as("progress shown while the run works").isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.resultMessageProperty().get()).isEqualTo("Deleted 15 records: 12 check-in scans, 3 ended sessions.");
    }

    @Test
    void staffSeeThePeriodsButAreNotAdmins() {
        RetentionViewModel vm = loaded(new Service(), false);
        assertThat(vm.isAdmin()).isFalse();
        assertThat(vm.daysProperty("auditDays").get()).isEqualTo("730");
    }
}
