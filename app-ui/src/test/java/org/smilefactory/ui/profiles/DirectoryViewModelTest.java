package org.smilefactory.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeProfileService;
import org.smilefactory.ui.util.ManualTaskExecutor;

class DirectoryViewModelTest {

    private final Localization l10n = Localization.english();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final FakeProfileService profiles = new FakeProfileService(FakeProfileService.newMember(UUID.randomUUID()));
    private final DirectoryViewModel viewModel = new DirectoryViewModel(profiles, executor, l10n, true);

    private static DirectoryEntry entry(String name) {
        return new DirectoryEntry(UUID.randomUUID(), name, null, ProfileType.MENTOR, "Harare", "Mentors in fintech",
                List.of("Fintech"), 80, ProfileState.PUBLISHED, ProfileVisibility.PUBLIC);
    }

    @Test
    void typingSchedulesOneSearchAfterThePause() {
        viewModel.searchTextProperty().set("t");
        viewModel.searchTextProperty().set("te");
        viewModel.searchTextProperty().set("ten");
        assertThat(executor.pendingTasks()).isZero();

        executor.elapseTimers();

        assertThat(executor.pendingTasks()).isEqualTo(1);
        executor.runAllTasks();
        assertThat(profiles.queries).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("ten"));
    }

    @Test
    void choosingATypeSearchesAtOnce() {
        viewModel.typeFilterProperty().set(ProfileType.INNOVATOR);
        executor.runAllTasks();

        assertThat(profiles.queries).singleElement()
                .satisfies(q -> assertThat(q.types()).isEqualTo(Set.of(ProfileType.INNOVATOR)));
    }

    @Test
    void aSlowOlderResultDoesNotOverwriteANewerOne() {
        profiles.directory = q -> new DirectoryPage(List.of(entry(q.text() == null ? "Everyone" : "Match for " + q.text())), null);
        viewModel.refresh();
        viewModel.searchTextProperty().set("rudo");
        executor.elapseTimers();

        executor.runLast();   // the newer query answers first
        executor.runNext();   // then the older, slower one

        assertThat(viewModel.entries()).extracting(DirectoryEntry::displayName).containsExactly("Match for rudo");
    }

    @Test
    void loadMoreAppendsTheNextPageWithTheCursor() {
        profiles.directory = q -> q.cursor() == null
                ? new DirectoryPage(List.of(entry("Ada")), "after-ada")
                : new DirectoryPage(List.of(entry("Bongani")), null);
        viewModel.refresh();
        executor.runAllTasks();
        assertThat(viewModel.hasMoreProperty().get()).isTrue();

        viewModel.loadMore();
        executor.runAllTasks();

        assertThat(profiles.queries.get(1).cursor()).isEqualTo("after-ada");
        assertThat(viewModel.entries()).extracting(DirectoryEntry::displayName).containsExactly("Ada", "Bongani");
        assertThat(viewModel.hasMoreProperty().get()).isFalse();
    }

    @Test
    void emptyStatesSayWhatToDoNext() {
        viewModel.refresh();
        executor.runAllTasks();
        assertThat(viewModel.emptyState().get()).isEqualTo(DirectoryViewModel.EmptyState.NO_MEMBERS);
        assertThat(viewModel.emptyDescription().get()).contains("demo community");

        viewModel.locationFilterProperty().set("Bulawayo");
        executor.elapseTimers();
        executor.runAllTasks();
        assertThat(viewModel.emptyState().get()).isEqualTo(DirectoryViewModel.EmptyState.NO_MATCH);
        assertThat(viewModel.emptyTitle().get()).isEqualTo(l10n.get("directory.empty.noMatch.title"));

        viewModel.clearFilters();
        executor.elapseTimers();
        executor.runAllTasks();
        assertThat(viewModel.locationFilterProperty().get()).isEmpty();
        assertThat(viewModel.emptyState().get()).isEqualTo(DirectoryViewModel.EmptyState.NO_MEMBERS);
    }
}
