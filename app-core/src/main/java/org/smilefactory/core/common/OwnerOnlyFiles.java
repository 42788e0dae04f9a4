package org.smilefactory.core.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.platform.Os;
import org.smilefactory.core.platform.Platform;

/**
 * Small secrets on disk that only the computer's user may read (a device credential, decision 0021).
 * The platform-specific part is here and nowhere else:
 * <ul>
 * <li>Linux, macOS and other POSIX systems: the file is created {@code rw-------} from the start (no
 *     moment where another user could open it) and moved into place;</li>
 * <li>Windows: the file's ACL is replaced by one entry that allows the current user everything, with
 *     inherited entries (Users, Everyone, Administrators) dropped ({@link #ownerOnlyEntries});</li>
 * <li>a file system with neither (rare: a FAT stick on Windows): the file is written as it is, and the
 *     user's own profile folder (where the data folder lives, {@code %LOCALAPPDATA%}) is what keeps others out.</li>
 * </ul>
 * Which applies is decided from the {@link Os} ({@link org.smilefactory.core.platform.Platform}), tested per
 * system (decision 0029).
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
        return protectionFor(Os.detect(osName), supportedViews);
    }

    /** The protection on {@code os} whose default file system supports the given attribute views. */
    public static Protection protectionFor(Os os, Set<String> supportedViews) {
        if (os.isPosix() && supportedViews.contains("posix")) {
            return Protection.POSIX_PERMISSIONS;
        }
        if (supportedViews.contains("acl")) {
            return Protection.OWNER_ACL;
        }
        return Protection.PROFILE_FOLDER;
    }

    /** The protection on this computer. */
    public static Protection protectionHere() {
        return protectionFor(Platform.current().os(), FileSystems.getDefault().supportedFileAttributeViews());
    }

    /**
     * Makes an existing file the owner's only, as {@link #write} creates it: for files written by earlier
     * builds (which left the Windows ACL as inherited) or copied from elsewhere. Does nothing when the
     * file does not exist.
     */
    public static void protect(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            switch (protectionHere()) {
                case POSIX_PERMISSIONS -> Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                case OWNER_ACL -> ownerOnlyAcl(file);
                case PROFILE_FOLDER -> {
                    // nothing to set on this file system
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        applyOwnerOnly(view, currentUser(file));
    }

    /** Replaces the ACL behind {@code view} with {@link #ownerOnlyEntries} of {@code user}. */
    static void applyOwnerOnly(AclFileAttributeView view, UserPrincipal user) throws IOException {
        // setAcl replaces the whole list: inherited entries (Users, Everyone) are gone
        view.setAcl(ownerOnlyEntries(user));
    }

    /**
     * The whole ACL of an owner-only file: one entry allowing {@code user} everything, nothing inherited
     * and nothing passed on (a file has no children), no entry for anyone else.
     */
    static List<AclEntry> ownerOnlyEntries(UserPrincipal user) {
        return List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(user)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(EnumSet.noneOf(AclEntryFlag.class))
                .build());
    }

    /**
     * The user this process runs as. A new file's owner is that user, except for an elevated
     * administrator, whose files Windows gives to the Administrators group: then the account is looked
     * up by name, so the file is not opened to every administrator of the computer.
     */
    private static UserPrincipal currentUser(Path file) throws IOException {
        UserPrincipal owner = Files.getOwner(file);
        if (!(owner instanceof GroupPrincipal)) {
            return owner;
        }
        String name = System.getProperty("user.name");
        try {
            return file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        } catch (IOException | UnsupportedOperationException e) {
            LoggerFactory.getLogger(OwnerOnlyFiles.class).info("Cannot look up user {} ({}); {} is kept for its owner {}",
                    name, e.toString(), file, owner.getName());
            return owner;
        }
    }
}
