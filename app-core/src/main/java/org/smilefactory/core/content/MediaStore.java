package org.smilefactory.core.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The bytes of media files, kept under {@code <data folder>/media} (the system property
 * {@code smilefactory.media} moves it, e.g. for tests). A file is stored once per id as
 * {@code <first two hex digits of the id>/<id>}; {@code media_files.storage_path} holds the path
 * relative to the data folder's media directory and the row holds name, type, size and hash.
 * Public for the privacy feature, which exports a member's files and deletes them on erasure.
 */
public final class MediaStore {

    private final Path root;

    MediaStore(Path root) {
        this.root = root;
    }

    /** The backend's media folder ({@code media/} in its files folder), unless {@code smilefactory.media} moves it. */
    public static MediaStore of(Path files) {
        String explicit = System.getProperty("smilefactory.media");
        return new MediaStore(explicit != null && !explicit.isBlank() ? Path.of(explicit) : files.resolve("media"));
    }

    /** Writes the bytes and returns the relative storage path. */
    String write(UUID id, byte[] bytes) {
        String relative = relative(id);
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write media file " + target, e);
        }
        return relative;
    }

    public byte[] read(String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IllegalStateException("Media path outside the store: " + relative);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read media file " + file, e);
        }
    }

    public void deleteQuietly(String relative) {
        try {
            Files.deleteIfExists(root.resolve(relative));
        } catch (IOException e) {
            // an orphaned file costs only disk space; the row that would point at it was never committed
        }
    }

    private static String relative(UUID id) {
        String s = id.toString();
        return s.substring(s.length() - 2) + "/" + s;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (n.endsWith(".gif")) {
            return "image/gif";
        } else if (n.endsWith(".webp")) {
            return "image/webp";
        } else if (n.endsWith(".pdf")) {
            return "application/pdf";
        } else if (n.endsWith(".txt") || n.endsWith(".md")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }
}
