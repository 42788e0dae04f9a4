package org.smilefactory.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.RestoreResult;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo hub (size S) backed up, changed and restored: every table of the public schema holds exactly
 * the rows it held at backup time, the sequences their values, and the media files are back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private Path files;

    private LocalBackend backend;
    private Session admin;
    private JdbcClient db;

    @BeforeAll
    void demoHub() throws IOException {
        files = Files.createTempDirectory("sf-backup-restore");
        backend = ((LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "", 4, files))
                .enableBackups(new BackupSettings(Duration.ZERO, 5, Duration.ZERO, true));
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        admin.demoData().generate(DemoSize.S, p -> { }, () -> false);
        db = backend.context().jdbc();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    @Test
    void restoreBringsBackEveryRowOfEveryTableAndTheMedia() throws IOException {
        MediaRef photo = admin.content().uploadMedia("logo.png", "not really a png".getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> atBackup = snapshot();
        BackupInfo backup = admin.backups().backUpNow(null);
        assertThat(backup.mediaFiles()).isEqualTo(1);
        assertThat(backup.rows()).isEqualTo(atBackup.entrySet().stream()
                .filter(e -> !e.getKey().equals("flyway_schema_history") && !e.getKey().startsWith("seq:"))
                .mapToLong(e -> e.getValue().size()).sum());

        // Change the hub every way: delete posts (cascading to comments and likes), rename members, add one, lose a file.
        db.sql("DELETE FROM posts WHERE post_id IN (SELECT post_id FROM posts ORDER BY post_id LIMIT 30)").update();
        db.sql("UPDATE personal_details SET first_name = first_name || 'x' WHERE role = 'user'").update();
        Hubs.member(backend, admin, org.smilefactory.core.api.accounts.Role.USER, "After", "Backup");
        db.sql("UPDATE events SET title = title || ' (moved)'").update();
        // the photo's file, where this JVM keeps media (another test class may have moved it there)
        String movedMedia = System.getProperty("smilefactory.media");
        Path media = movedMedia != null && !movedMedia.isBlank() ? Path.of(movedMedia) : files.resolve("media");
        Files.delete(media.resolve(db.sql("SELECT storage_path FROM media_files WHERE id = ?").param(photo.id())
                .query(String.class).single()));
        assertThat(snapshot()).isNotEqualTo(atBackup);

        RestoreResult result = admin.backups().restore(backup.name(), null);

        assertThat(result.rows()).isEqualTo(backup.rows());
        Map<String, List<String>> restored = snapshot();
        // The restore is audited on top of the restored log: that one entry is the only difference.
        List<String> audit = restored.get("audit_log");
        assertThat(audit.stream().filter(row -> row.contains("\"backup.restore\""))).hasSize(1);
        restored.put("audit_log", audit.stream().filter(row -> !row.contains("\"backup.restore\"")).toList());
        assertThat(restored.keySet()).containsExactlyElementsOf(atBackup.keySet());
        for (String table : atBackup.keySet()) {
            assertThat(restored.get(table)).as(table).containsExactlyElementsOf(atBackup.get(table));
        }
        assertThat(admin.content().media(photo.id()).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("not really a png");
        // the state before the restore was kept: the restore can itself be undone
        assertThat(admin.backups().overview().backups()).extracting(BackupInfo::name).contains(result.safetyBackup());
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDataStaysAsItWas() throws IOException {
        BackupInfo good = admin.backups().backUpNow(null);
        Path damaged = files.resolve("backups").resolve(good.name().replace(".zip", "-9.zip"));
        dropLastRowOf(files.resolve("backups").resolve(good.name()), damaged, "tables/personal_details.tsv");
        db.sql("UPDATE events SET title = title || ' (after the good backup)'").update();
        Map<String, List<String>> before = snapshot();

        assertThatThrownBy(() -> backend.backups().orElseThrow().restore(damaged, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("personal_details");

        assertThat(snapshot()).isEqualTo(before);
    }

    /** Every row of every table of the public schema (Flyway's history too), and every sequence's value. */
    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> names = db.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
                .query(String.class).list();
        for (String table : names) {
            tables.put(table, db.sql("SELECT to_jsonb(t)::text AS row FROM \"" + table + "\" t ORDER BY 1")
                    .query(String.class).list());
        }
        for (String seq : db.sql("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")
                .query(String.class).list()) {
            tables.put("seq:" + seq, db.sql("SELECT coalesce(last_value, 0)::text FROM pg_sequences WHERE sequencename = ?")
                    .param(seq).query(String.class).list());
        }
        return tables;
    }

    /** A copy of a backup whose {@code entryName} lacks its last row (the manifest still counts it). */
    private static void dropLastRowOf(Path source, Path target, String entryName) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile()); OutputStream out = Files.newOutputStream(target);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int cut = text.lastIndexOf('\n', text.length() - 2);
                    assertThat(cut).isPositive();
                    bytes = text.substring(0, cut + 1).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
