package org.smilefactory.ui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.platform.Os;
import org.smilefactory.core.platform.Platform;

/** Issue 17: file choosers open in the user's Documents (else home) on every system, not the working directory. */
class FileDialogsTest {

    @Test
    void choosersStartInDocumentsElseHome(@TempDir Path temp) throws Exception {
        Path home = Files.createDirectories(temp.resolve("Tendai Moyo"));
        for (Os os : Os.values()) {
            Platform p = Platform.simulated(os, Map.of(), Map.of("user.home", home.toString()));
            assertThat(FileDialogs.startFolder(p)).hasValue(home.toFile());
        }
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Platform windows = Platform.simulated(Os.WINDOWS, Map.of(), Map.of("user.home", home.toString()));
        assertThat(FileDialogs.startFolder(windows)).hasValue(documents.toFile());
        Platform gone = Platform.simulated(Os.LINUX, Map.of(), Map.of("user.home", temp.resolve("nobody").toString()));
        assertThat(FileDialogs.startFolder(gone)).as("no folder rather than one that does not exist").isEmpty();
    }
}
