package org.smilefactory.core.backup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupOverview;
import org.smilefactory.core.api.backup.BackupProgress;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.api.backup.RestoreResult;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;

/**
 * {@link BackupService} for one admin on a local backend. {@code backups} is null where this backend
 * takes no backups (direct mode: the database server's own backups apply, see docs/backups.md).
 */
public final class LocalBackupService implements BackupService {

    private final CoreContext ctx;
    private final Backups backups;
    private final Actor actor;

    public LocalBackupService(CoreContext ctx, Backups backups, Actor actor) {
        this.ctx = ctx;
        this.backups = backups;
        this.actor = actor;
    }

    @Override
    public BackupOverview overview() {
        requireAdmin();
        if (backups == null) {
            return new BackupOverview(false, false, "", 0, Duration.ZERO, List.of());
        }
        BackupSettings s = backups.settings();
        return new BackupOverview(true, s.restoreInApp(), backups.folder().toString(), s.keep(), s.interval(),
                backups.list());
    }

    @Override
    public BackupInfo backUpNow(Consumer<BackupProgress> progress) {
        requireAdmin();
        BackupInfo info = available().backUp(progress);
        AuditLog.record(ctx.jdbc(), actor.memberId(), "backup.create", "hub", null, null,
                Map.of("name", info.name(), "rows", info.rows(), "sizeBytes", info.sizeBytes()));
        return info;
    }

    @Override
    public RestoreResult restore(String name, Consumer<BackupProgress> progress) {
        requireAdmin();
        Backups engine = available();
        if (!engine.settings().restoreInApp()) {
            throw new ConflictException(Messages.get("backup.restoreCommandLineOnly"));
        }
        long started = System.nanoTime();
        Backups.SafeRestore done = engine.restoreWithSafetyBackup(engine.file(name), progress);
        // The restored audit log is the backup's; this entry says that (and who) replaced it. The admin
        // may not exist in the backup, so the entry names them in its data rather than as its actor.
        AuditLog.record(ctx.jdbc(), null, "backup.restore", "hub", null, null,
                Map.of("name", name, "rows", done.rows(), "safetyBackup", done.safetyBackup().name(),
                        "by", actor.memberId().toString()));
        return new RestoreResult(name, done.rows(), done.safetyBackup().name(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void requireAdmin() {
        actor.requireSignedIn();
        actor.requireAdmin();
    }

    private Backups available() {
        if (backups == null) {
            throw new ConflictException(Messages.get("backup.unavailable"));
        }
        return backups;
    }
}
