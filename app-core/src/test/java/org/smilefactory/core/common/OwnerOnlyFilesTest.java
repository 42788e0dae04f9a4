package org.smilefactory.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.common.OwnerOnlyFiles.Protection;
import org.smilefactory.core.platform.Os;

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

    @Test
    void eachOsGetsItsProtection() {
        Set<String> posix = Set.of("basic", "owner", "posix", "unix", "user");
        assertThat(OwnerOnlyFiles.protectionFor(Os.LINUX, posix)).isEqualTo(Protection.POSIX_PERMISSIONS);
        assertThat(OwnerOnlyFiles.protectionFor(Os.MACOS, posix)).isEqualTo(Protection.POSIX_PERMISSIONS);
        assertThat(OwnerOnlyFiles.protectionFor(Os.WINDOWS, Set.of("basic", "owner", "acl", "dos", "user")))
                .isEqualTo(Protection.OWNER_ACL);
        // even where a Windows file system claimed POSIX views, the ACL is what Windows checks
        assertThat(OwnerOnlyFiles.protectionFor(Os.WINDOWS, Set.of("basic", "owner", "acl", "posix")))
                .isEqualTo(Protection.OWNER_ACL);
    }

    @Test
    void onWindowsTheAclIsReplacedByOneEntryForTheUserAlone() throws Exception {
        UserPrincipal tendai = () -> "DESKTOP-7\\Tendai Moyo";
        UserPrincipal users = () -> "BUILTIN\\Users";
        FakeAclView view = new FakeAclView(new ArrayList<>(List.of(
                AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(users)
                        .setPermissions(AclEntryPermission.READ_DATA).setFlags(AclEntryFlag.INHERIT_ONLY).build())));

        OwnerOnlyFiles.applyOwnerOnly(view, tendai);

        assertThat(view.acl).hasSize(1);
        AclEntry only = view.acl.get(0);
        assertThat(only.type()).isEqualTo(AclEntryType.ALLOW);
        assertThat(only.principal()).isSameAs(tendai);
        assertThat(only.permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
        assertThat(only.flags()).as("nothing inherited, nothing passed on").isEmpty();
        assertThat(OwnerOnlyFiles.ownerOnlyEntries(tendai)).isEqualTo(view.acl);
    }

    @Test
    void anExistingFileIsTightenedToTheOwner() throws Exception {
        Path file = Files.writeString(folder.resolve("db.secret"), "from an older build");
        if (OwnerOnlyFiles.protectionHere() == Protection.POSIX_PERMISSIONS) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        OwnerOnlyFiles.protect(file);
        if (OwnerOnlyFiles.protectionHere() == Protection.POSIX_PERMISSIONS) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(OwnerOnlyFiles.read(file)).hasValue("from an older build");
        OwnerOnlyFiles.protect(folder.resolve("missing"));
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    /** A Windows ACL view, as far as {@link OwnerOnlyFiles} uses it. */
    private static final class FakeAclView implements AclFileAttributeView {
        List<AclEntry> acl;

        FakeAclView(List<AclEntry> acl) {
            this.acl = acl;
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return acl;
        }

        @Override
        public void setAcl(List<AclEntry> acl) {
            this.acl = List.copyOf(acl);
        }

        @Override
        public UserPrincipal getOwner() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setOwner(UserPrincipal owner) {
            throw new UnsupportedOperationException();
        }
    }
}
