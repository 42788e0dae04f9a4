package org.smilefactory.core.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.backup.Backups;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;

/**
 * Backup and restore time of a demo hub on the embedded PostgreSQL, through the very engine the app
 * and the command line use. Not a unit test: run it by hand, see docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@backup-benchmark -Dexec.args="--data-dir /tmp/sf-bench-backup --size L"
 * </pre>
 *
 * Fills the folder with the community of {@code --size} (S or L, default L) first if its hub is empty;
 * then {@code --runs N} (default 3) rounds of one backup and one restore of that backup.
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-bench-backup");
        DemoSize size = DemoSize.L;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Paths.get(args[++i]);
                case "--size" -> size = DemoSize.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        try (Backend backend = Backends.embedded(dataDir)) {
            Session admin = backend.hubStatus().setupRequired()
                    ? backend.completeSetup(new FirstRunSetup(DemoDataCommand.HUB_NAME, DemoDataCommand.TIME_ZONE, "Demo",
                            "Administrator", DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD))
                    : backend.signIn(DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD);
            if (admin.demoData().hubIsEmpty()) {
                System.out.println("Generating the " + size + " community in " + dataDir + " ...");
                DemoDataResult r = admin.demoData().generate(size, p -> { }, () -> false);
                System.out.printf(Locale.ROOT, "Generated %,d members in %.1f s%n", r.membersCreated(), r.elapsed().toMillis() / 1000.0);
            }
            LocalBackend local = (LocalBackend) backend;
            Backups backups = local.backups().orElseThrow();
            String dbSize = local.context().jdbc().sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
                    .query(String.class).single();
            System.out.println("Database size: " + dbSize);
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                BackupInfo info = backups.backUp(null);
                long t1 = System.nanoTime();
                long rows = backups.restore(backups.file(info.name()), null);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "run %d: backup %.2f s (%,d rows, %d media, %.1f MB)  restore %.2f s (%,d rows)%n",
                        run, (t1 - t0) / 1e9, info.rows(), info.mediaFiles(), info.sizeBytes() / 1048576.0, (t2 - t1) / 1e9, rows);
            }
        }
    }
}
