package org.smilefactory.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.search.SearchGroup;
import org.smilefactory.core.api.search.SearchHit;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.Navigator;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class SearchViewModelTest {

    private final Localization l10n = Localization.english();
    private final List<UUID> openedMembers = new ArrayList<>();
    private final Navigator navigator = id -> openedMembers.add(id);
    private final SearchHit member = new SearchHit(SearchKind.MEMBER, UUID.randomUUID(), "Tendai Moyo", "Harare", 0.9);
    private final SearchHit post = new SearchHit(SearchKind.POST, UUID.randomUUID(), "Solar pumps", "by Tendai", 0.5);
    private final List<String> searched = new ArrayList<>();

    private SearchViewModel viewModel() {
        return new SearchViewModel(q -> {
            searched.add(q.text());
            if (q.text().equals("bad")) {
                throw new ValidationException(List.of(new Violation("text", "too-long", "Too long.")));
            }
            return new SearchResults(q.text(), List.of(new SearchGroup(SearchKind.MEMBER, List.of(member)),
                    new SearchGroup(SearchKind.POST, List.of(post))));
        }, new CurrentThreadTaskExecutor(), l10n, navigator);
    }

    @Test
    void resultsAreGroupedUnderHeadingsAndTheFirstHitIsHighlighted() {
        SearchViewModel vm = viewModel();
        vm.textProperty().set("tendai");
        assertThat(vm.rows()).extracting(SearchViewModel.Row::isHeading).containsExactly(true, false, true, false);
        assertThat(vm.highlightedProperty().get()).isEqualTo(1);
        assertThat(vm.openProperty().get()).isTrue();
    }

    @Test
    void arrowsSkipHeadingsAndStopAtTheEnds() {
        SearchViewModel vm = viewModel();
        vm.textProperty().set("tendai");
        vm.move(1);
        assertThat(vm.highlightedProperty().get()).isEqualTo(3);
        vm.move(1);
        assertThat(vm.highlightedProperty().get()).isEqualTo(3);
        vm.move(-1);
        vm.move(-1);
        assertThat(vm.highlightedProperty().get()).isEqualTo(1);
    }

    @Test
    void enterOpensAMemberThroughTheNavigatorAndOtherKindsAsADetail() {
        SearchViewModel vm = viewModel();
        vm.textProperty().set("tendai");
        vm.openHighlighted();
        assertThat(openedMembers).containsExactly(member.id());
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.detailProperty().get()).isNull();
        vm.open(post);
        assertThat(vm.detailProperty().get()).isEqualTo(post);
        vm.close();
        assertThat(vm.detailProperty().get()).isNull();
    }

    @Test
    void oneLetterDoesNotSearchAndAnErrorIsShownAsAMessage() {
        SearchViewModel vm = viewModel();
        vm.textProperty().set("t");
        assertThat(searched).isEmpty();
        assertThat(vm.rows()).isEmpty();
        vm.textProperty().set("bad");
        assertThat(vm.messageProperty().get()).isEqualTo("Too long.");
        assertThat(vm.rows()).isEmpty();
    }
}
