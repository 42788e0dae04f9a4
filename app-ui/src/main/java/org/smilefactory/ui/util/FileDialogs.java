package org.smilefactory.ui.util;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.smilefactory.core.platform.Platform;

/**
 * File choosers that open where the user keeps documents (issue 17). Without an initial folder the GTK
 * dialog on Linux opens in the process's working directory (the install folder, when started from a
 * launcher), and each system behaves differently; the user's Documents folder (else home) is the same
 * idea on Windows, macOS and Linux.
 */
public final class FileDialogs {

    private FileDialogs() {
    }

    /** A chooser with {@code title} that starts in the user's Documents folder. */
    public static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        startFolder(Platform.current()).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Where a chooser starts on {@code platform}; empty when not even the home folder exists. */
    static java.util.Optional<File> startFolder(Platform platform) {
        Path folder = platform.documentsFolder();
        return Files.isDirectory(folder) ? java.util.Optional.of(folder.toFile()) : java.util.Optional.empty();
    }
}
