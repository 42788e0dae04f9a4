package org.smilefactory.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;

/**
 * An area that is not built yet says so plainly and what it will do, instead of showing made-up data.
 * Small enough that it needs no FXML or ViewModel: it has no state.
 */
public final class ComingSoonView implements AreaView {

    private final StackPane root;

    public ComingSoonView(Area area, Ikon icon, Localization l10n) {
        EmptyState state = new EmptyState(icon,
                l10n.format("comingSoon.title", l10n.get(area.key())),
                l10n.get(area.key() + ".description"));
        state.getStyleClass().add("coming-soon");
        root = new StackPane(state);
        root.setPadding(new Insets(32));
    }

    @Override
    public Node root() {
        return root;
    }
}
