package org.smilefactory.server.api;

import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupOverview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link org.smilefactory.core.api.backup.BackupService} over HTTP for admins: the overview and "back up
 * now" (into the server's data folder). There is deliberately no restore endpoint: the server's
 * database is restored with {@code --restore FILE} while the server is stopped (decision 0017).
 */
@RestController
@RequestMapping("/api/v1/backups")
public class BackupController {

    @GetMapping
    public BackupOverview overview(Session session) {
        return session.backups().overview();
    }

    @PostMapping
    public BackupInfo backUpNow(Session session) {
        return session.backups().backUpNow(progress -> { });
    }
}
