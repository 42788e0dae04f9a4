package org.smilefactory.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.common.OwnerOnlyFiles.Protection;

/** Issue 13: the device credential's file is readable by the computer's user only, on every system. */
class OwnerOnlyFilesTest {

    @TempDir
    Path folder;

    @Test
    void eachSystemGetsItsOwnProtection() {
        assertThat(OwnerOnlyFiles.protectionFor("Linux", Set.of("basic", "owner", "posix", "unix", "user", "dos")))
                .isEqualTo(Protection.POSIX_PERMISSIONS);
        assertThat(OwnerOnlyFiles.protectionFor("Mac OS X", Set.of("basic", "owner", "posix", "unix", "user")))
                .isEqualTo(Protection.POSIX_PERMISSIONS);
        assertThat(OwnerOnlyFiles.protectionFor("Windows 11", Set.of("basic", "owner", "acl", "dos", "user")))
                .isEqualTo(Protection.OWNER_ACL);
        // a file system without ACLs on Windows (a FAT stick): only the profile folder protects it
        assertThat(OwnerOnlyFiles.protectionFor("Windows 10", Set.of("basic", "dos")))
                .isEqualTo(Protection.PROFILE_FOLDER);
    }

    @Test
    void onThisComputerTheFileIsTheOwnersOnlyAndReplacedWhole() throws Exception {
        Path file = folder.resolve("sub/device.credential");
        OwnerOnlyFiles.write(file, "first");
        OwnerOnlyFiles.write(file, "second");
        assertThat(OwnerOnlyFiles.read(file)).hasValue("second");
        if (OwnerOnlyFiles.protectionHere() == Protection.POSIX_PERMISSIONS) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.toList()).containsExactly(file);
        }
        OwnerOnlyFiles.delete(file);
        assertThat(OwnerOnlyFiles.read(file)).isEmpty();
    }
}
