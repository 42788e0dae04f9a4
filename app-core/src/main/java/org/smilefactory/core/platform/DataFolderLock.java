package org.smilefactory.core.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.common.Messages;

/**
 * An OS file lock on {@code <dataFolder>/smilefactory.lock}: two instances must never open one
 * embedded database. The OS releases the lock when the process dies, so a crash never leaves the
 * folder locked.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataFolder) {
        Path lockFile = dataFolder.resolve("smilefactory.lock");
        FileChannel channel;
        try {
            Files.createDirectories(dataFolder);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            throw new BackendUnavailableException(Messages.get("platform.folderUnusable", dataFolder, e.getMessage()), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new BackendUnavailableException(Messages.get("platform.folderLocked", dataFolder));
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new BackendUnavailableException(Messages.get("platform.folderLocked", dataFolder), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BackendUnavailableException(Messages.get("platform.folderUnusable", dataFolder, e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful to do: the OS drops the handle with the process
        }
    }
}
