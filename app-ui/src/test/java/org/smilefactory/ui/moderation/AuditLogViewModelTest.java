package org.smilefactory.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditPage;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.ModerationDecision;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.QueuePage;
import org.smilefactory.core.api.moderation.QueueQuery;
import org.smilefactory.core.api.moderation.Report;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class AuditLogViewModelTest {

    /** Three entries served one per page, recording the queries. */
    private final List<AuditQuery> queries = new ArrayList<>();
    private final List<AuditEntry> all = List.of(entry("Bio one"), entry("Bio two"), entry("Bio three"));
    private final ModerationService moderation = new ModerationService() {
        public Report report(NewReport r) { throw new UnsupportedOperationException(); }
        public QueuePage queue(QueueQuery q) { throw new UnsupportedOperationException(); }
        public ReportedTarget decide(ModerationDecision d) { throw new UnsupportedOperationException(); }
        public AuditPage auditLog(AuditQuery q) {
            queries.add(q);
            int at = q.cursor() == null ? 0 : Integer.parseInt(q.cursor());
            return new AuditPage(List.of(all.get(at)), at + 1 < all.size() ? String.valueOf(at + 1) : null);
        }
    };
    private final AuditLogViewModel viewModel = new AuditLogViewModel(moderation, new CurrentThreadTaskExecutor(),
            Localization.english(), ZoneId.of("Africa/Harare"));

    private static AuditEntry entry(String bio) {
        return new AuditEntry(UUID.randomUUID(), UUID.randomUUID(), "Sam Staff", "profile.edit", "profile", UUID.randomUUID(),
                "{\"bio\": \"Old\"}", "{\"bio\": \"" + bio + "\"}", Instant.parse("2026-12-07T10:15:30Z"));
    }

    @Test
    void theSelectedEntryShowsItsChangesInWords() {
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.entries().get(0));
        assertThat(viewModel.changes()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("About you");
            assertThat(f.mine()).isEqualTo("Old");
            assertThat(f.theirs()).isEqualTo("Bio one");
        });
    }

    @Test
    void theExportWritesEveryFilteredPageNotOnlyTheLoadedOne(@TempDir Path dir) throws Exception {
        viewModel.entityTypeProperty().set("profile");
        viewModel.refresh();
        assertThat(viewModel.entries()).hasSize(1);
        Path file = dir.resolve("audit.csv");
        viewModel.exportCsv(file);
        String csv = Files.readString(file);
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains("Bio one").contains("Bio two").contains("Bio three");
        assertThat(queries).allSatisfy(q -> assertThat(q.entityType()).isEqualTo("profile"));
        assertThat(viewModel.exportMessageProperty().get()).isEqualTo("3 entries written to audit.csv.");
    }
}
