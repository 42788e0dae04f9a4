package org.smilefactory.ui.sync;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.Area;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;

/**
 * An area that needs the server (feed, messages, groups...) while the connection works on the offline
 * copy: it says so and rests, instead of showing stale data or an error for every call; back online, it
 * shows itself again and reloads.
 */
public final class ServerOnlyArea implements AreaView {

    private final AreaView inner;
    private final ObservableBooleanValue offline;
    private final StackPane root;
    private boolean shown;

    public ServerOnlyArea(Area area, AreaView inner, ObservableBooleanValue offline, Localization l10n) {
        this.inner = inner;
        this.offline = offline;
        EmptyState state = new EmptyState(Feather.WIFI_OFF,
                l10n.format("offline.area.title", l10n.get(area.key())),
                l10n.format("offline.area.description", l10n.get(area.key())));
        state.setId("serverOnlyState");
        StackPane resting = new StackPane(state);
        resting.setPadding(new Insets(32));
        resting.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(offline::get, offline));
        Node content = inner.root();
        root = new StackPane(content, resting);
        content.visibleProperty().bind(resting.visibleProperty().not());
        offline.addListener((obs, was, is) -> {
            if (!is && shown && root.getScene() != null) {
                inner.onShown();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        shown = true;
        if (!offline.get()) {
            inner.onShown();
        }
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        return !offline.get() && inner.onShortcut(shortcut);
    }
}
