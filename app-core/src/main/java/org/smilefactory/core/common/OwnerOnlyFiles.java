package org.smilefactory.core.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Small secrets on disk that only the computer's user may read (a device credential, decision 0021).
 * The platform-specific part is here and nowhere else:
 * <ul>
 * <li>Linux, macOS and other POSIX systems: the file is created {@code rw-------} from the start (no
 *     moment where another user could open it) and moved into place;</li>
 * <li>Windows: the file's ACL is replaced by one entry that allows its owner everything, with inherited
 *     entries dropped;</li>
 * <li>a file system with neither (rare: a FAT stick on Windows): the file is written as it is, and the
 *     user's own profile folder (where the data folder lives, {@code %APPDATA%}) is what keeps others out.</li>
 * </ul>
 */
public final class OwnerOnlyFiles {

    /** How a file is kept from other users. */
    public enum Protection {
        POSIX_PERMISSIONS, OWNER_ACL, PROFILE_FOLDER
    }

    private OwnerOnlyFiles() {
    }

    /**
     * The protection for an operating system (as {@code os.name} names it) whose default file system
     * supports the given attribute views ({@code FileSystem.supportedFileAttributeViews()}).
     */
    public static Protection protectionFor(String osName, Set<String> supportedViews) {
        boolean windows = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (!windows && supportedViews.contains("posix")) {
            return Protection.POSIX_PERMISSIONS;
        }
        if (supportedViews.contains("acl")) {
            return Protection.OWNER_ACL;
        }
        return Protection.PROFILE_FOLDER;
    }

    /** The protection on this computer. */
    public static Protection protectionHere() {
        return protectionFor(System.getProperty("os.name"), FileSystems.getDefault().supportedFileAttributeViews());
    }

    /** Writes {@code text} to {@code file}, readable and writable by the owner only; replaces an existing file. */
    public static void write(Path file, String text) {
        write(file, text, protectionHere());
    }

    static void write(Path file, String text, Protection protection) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            switch (protection) {
                case POSIX_PERMISSIONS -> Files.createFile(temp,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                case OWNER_ACL -> {
                    Files.createFile(temp);
                    ownerOnlyAcl(temp);
                }
                case PROFILE_FOLDER -> {
                    Files.createFile(temp);
                    LoggerFactory.getLogger(OwnerOnlyFiles.class).info(
                            "{} cannot carry permissions; it is protected by the user's profile folder only", temp);
                }
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text, or empty when there is no such file. */
    public static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file if it exists. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownerOnlyAcl(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        UserPrincipal owner = Files.getOwner(file);
        AclEntry entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build();
        // setAcl replaces the whole list: inherited entries (Users, Everyone) are gone
        view.setAcl(List.of(entry));
    }
}
