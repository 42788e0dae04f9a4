package org.smilefactory.ui.profiles;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.ViewLoader;

/** The Profiles area: directory and profile side by side, or the editor in their place. */
public final class ProfilesView implements AreaView {

    private final ProfilesViewModel viewModel;
    private final DirectoryView directoryView;
    private final MemberProfileView memberView;
    private final ProfileEditorView editorView;
    private final Parent root;

    @FXML private SplitPane browsePane;
    @FXML private StackPane directorySlot;
    @FXML private StackPane memberSlot;
    @FXML private StackPane editorSlot;

    public ProfilesView(ProfilesViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.directoryView = new DirectoryView(viewModel.directory(), l10n, viewModel::openMyEditor);
        this.memberView = new MemberProfileView(viewModel.member(), l10n);
        this.editorView = new ProfileEditorView(viewModel.editor(), l10n, viewModel::closeEditor);
        this.root = ViewLoader.load(this, "Profiles.fxml", l10n);
    }

    @FXML
    private void initialize() {
        directorySlot.getChildren().setAll(directoryView.root());
        memberSlot.getChildren().setAll(memberView.root());
        editorSlot.getChildren().setAll(editorView.root());
        editorSlot.visibleProperty().bind(viewModel.editingProperty());
        browsePane.visibleProperty().bind(viewModel.editingProperty().not());
        viewModel.editingProperty().addListener((obs, was, editing) -> {
            if (editing) {
                // After the load has started the form exists; focus lands once it is laid out.
                Platform.runLater(editorView::focusFirstField);
            }
        });
    }

    /** The profile pane, so other features can add their actions to it. */
    public MemberProfileView memberView() {
        return memberView;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.start();
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        return switch (shortcut) {
            case FIND -> {
                if (viewModel.editingProperty().get() && !viewModel.closeEditor()) {
                    yield true;
                }
                directoryView.focusSearch();
                yield true;
            }
            case SAVE -> {
                if (viewModel.editingProperty().get()) {
                    viewModel.editor().save();
                    yield true;
                }
                yield false;
            }
            case NEW -> false;
        };
    }
}
