package org.smilefactory.core.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupProgress;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.ContractJson;

/**
 * Backups of one hub database and its media files, as zip archives in one folder (decision 0017).
 *
 * <p>zonky's PostgreSQL bundle holds only {@code initdb}, {@code pg_ctl} and {@code postgres} — no
 * {@code pg_dump} — so a backup is PostgreSQL's own {@code COPY ... TO STDOUT} of every table of the
 * public schema, all read in one REPEATABLE READ snapshot (what pg_dump does), plus the sequences'
 * values and the media files the rows point to. A restore loads it back with {@code COPY ... FROM
 * STDIN} into the existing (migrated) schema in one transaction, with triggers and foreign-key checks
 * off for the load ({@code session_replication_role = replica}, superuser only): if anything fails,
 * PostgreSQL rolls the whole restore back and the hub's data is as it was.
 *
 * <p>Archives are written to a temporary file in the folder and moved into place, so a crash never
 * leaves a half-written file under a backup's name.
 */
public final class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    static final String PREFIX = "smilefactory-backup-";
    static final String SUFFIX = ".zip";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "\\d{8}-\\d{6}-\\d{3}(-\\d+)?(-[a-z-]+)?" + Pattern.quote(SUFFIX));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String MANIFEST = "backup.json";
    private static final String TABLES = "tables/";
    private static final String MEDIA = "media/";
    private static final String HISTORY = "flyway_schema_history";

    /** By the snapshot's time, then name: a tag or a same-millisecond suffix must not change the order. */
    private static final Comparator<BackupInfo> NEWEST_FIRST = Comparator.comparing(BackupInfo::createdAt)
            .thenComparing(BackupInfo::name).reversed();

    private final DataSource dataSource;
    private final Path folder;
    private final Path media;
    private final Clock clock;
    private final BackupSettings settings;
    /** One backup or restore at a time per hub: two would only slow each other down. */
    private final ReentrantLock running = new ReentrantLock();

    /**
     * @param folder   where the archives go ({@code <data folder>/backups})
     * @param media    the hub's media folder ({@code <data folder>/media})
     */
    public Backups(DataSource dataSource, Path folder, Path media, Clock clock, BackupSettings settings) {
        this.dataSource = dataSource;
        this.folder = folder;
        this.media = media;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The backups of the hub whose files live in {@code files} (its data folder): archives in
     * {@code files/backups}, media in {@code files/media} unless {@code smilefactory.media} moves it (as
     * the media store reads it).
     */
    public static Backups inFolder(DataSource dataSource, Path files, Clock clock, BackupSettings settings) {
        String explicit = System.getProperty("smilefactory.media");
        Path media = explicit != null && !explicit.isBlank() ? Path.of(explicit) : files.resolve("media");
        return new Backups(dataSource, files.resolve("backups"), media, clock, settings);
    }

    public Path folder() {
        return folder;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** The backups in the folder, newest first; a file that is not a readable backup is left out (and logged). */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        for (Path file : archives()) {
            try {
                found.add(info(file));
            } catch (ValidationException e) {
                log.warn("Skipping {}: {}", file, e.getMessage());
            }
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** The backup named {@code name} in the folder (a bare file name: no path may be smuggled in). */
    public Path file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NotFoundException(Messages.get("backup.notFound", String.valueOf(name)));
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException(Messages.get("backup.notFound", name));
        }
        return file;
    }

    /** Writes a backup and prunes the oldest beyond {@link BackupSettings#keep()}. */
    public BackupInfo backUp(Consumer<BackupProgress> progress) {
        return backUp(progress, "", true);
    }

    /**
     * As {@link #backUp(Consumer)}; {@code tag} ends the file name (e.g. {@code before-restore}), and
     * {@code prune} false keeps every older backup (the safety backup before a restore must not
     * prune away the very backup being restored).
     */
    BackupInfo backUp(Consumer<BackupProgress> progress, String tag, boolean prune) {
        if (!running.tryLock()) {
            throw new ConflictException(Messages.get("backup.busy"));
        }
        try {
            Path file = write(progress == null ? p -> { } : progress, tag);
            if (prune) {
                prune(settings.keep());
            }
            return info(file);
        } finally {
            running.unlock();
        }
    }

    /** Deletes the oldest backups so that {@code keep} remain; returns the names deleted. */
    public List<String> prune(int keep) {
        List<BackupInfo> all = list();
        List<String> deleted = new ArrayList<>();
        for (BackupInfo old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(folder.resolve(old.name()));
                deleted.add(old.name());
            } catch (IOException e) {
                log.warn("Could not delete old backup {}", old, e);
            }
        }
        return deleted;
    }

    /** When the newest backup was taken; empty when there is none. */
    public Optional<Instant> lastBackupAt() {
        return list().stream().map(BackupInfo::createdAt).max(Comparator.naturalOrder());
    }

    /** Reads a backup's manifest (cheap: the zip's directory and one small entry). */
    public static BackupInfo info(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest m = manifest(zip, file);
            return new BackupInfo(file.getFileName().toString(), m.createdAt(), Files.size(file), m.rows(), m.media().size(),
                    m.schemaVersion());
        } catch (IOException e) {
            throw invalid(Messages.get("backup.unreadable", file.getFileName(), e.getMessage()));
        }
    }

    /**
     * Replaces the database's rows (and adds the media files) with those of {@code file}, in one
     * transaction. The schema must be the one the backup was taken at; the hub's sessions all end
     * because the tokens table is replaced too.
     *
     * @return the number of rows loaded
     */
    public long restore(Path file, Consumer<BackupProgress> progress) {
        if (!running.tryLock()) {
            throw new ConflictException(Messages.get("backup.busy"));
        }
        try {
            return load(file, progress == null ? p -> { } : progress);
        } finally {
            running.unlock();
        }
    }

    /** As {@link #restore(Path, Consumer)}, first taking a backup of the current state (returned). */
    public SafeRestore restoreWithSafetyBackup(Path file, Consumer<BackupProgress> progress) {
        Consumer<BackupProgress> report = progress == null ? p -> { } : progress;
        validate(file);
        BackupInfo safety = backUp(p -> report.accept(new BackupProgress(0, 1,
                Messages.get("backup.progress.safety"))), "before-restore", false);
        return new SafeRestore(safety, restore(file, report));
    }

    /** What {@link #restoreWithSafetyBackup} did. */
    public record SafeRestore(BackupInfo safetyBackup, long rows) {
    }

    /** Checks, before anything is changed, that {@code file} is a backup this schema can take. */
    public void validate(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile()); Connection c = dataSource.getConnection()) {
            BackupManifest m = manifest(zip, file);
            checkSchema(c, m);
        } catch (NoSuchFileException e) {
            throw new NotFoundException(Messages.get("backup.notFound", file));
        } catch (IOException e) {
            throw invalid(Messages.get("backup.unreadable", file.getFileName(), e.getMessage()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema version", e);
        }
    }

    // ---------------------------------------------------------------------------------------- backup

    private Path write(Consumer<BackupProgress> progress, String tag) {
        Instant now = clock.instant();
        try {
            Files.createDirectories(folder);
            deleteStaleTemporaryFiles();
            Path target = freeName(now, tag);
            Path tmp = Files.createTempFile(folder, ".backup-", ".part");
            try {
                try (Connection c = dataSource.getConnection()) {
                    dump(c, tmp, now, progress);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            log.info("Backup written: {} ({} bytes)", target, Files.size(target));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("backup.writeFailed", folder, e.getMessage()), e);
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.get("backup.writeFailed", folder, e.getMessage()), e);
        }
    }

    private void dump(Connection c, Path tmp, Instant now, Consumer<BackupProgress> progress)
            throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        // One snapshot for every table, as pg_dump takes: the backup is consistent while the hub keeps working.
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            // Level 1: most of the gain of compression at a fraction of its CPU.
            zip.setLevel(Deflater.BEST_SPEED);
            List<String> tables = tables(c);
            List<String> mediaPaths = mediaPaths(c);
            long total = tables.size() + mediaPaths.size() + 1L;
            long done = 0;
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                progress.accept(new BackupProgress(done++, total, Messages.get("backup.progress.table", table)));
                zip.putNextEntry(new ZipEntry(TABLES + table + ".tsv"));
                counts.put(table, copy.copyOut("COPY " + quote(table) + " TO STDOUT", new KeepOpen(zip)));
                zip.closeEntry();
            }
            List<String> mediaWritten = new ArrayList<>();
            for (String relative : mediaPaths) {
                if (done % 50 == 0) {
                    progress.accept(new BackupProgress(done, total, Messages.get("backup.progress.media")));
                }
                done++;
                Path source = media.resolve(relative).normalize();
                if (!source.startsWith(media.normalize()) || !Files.isRegularFile(source)) {
                    // A row whose file is gone cannot be helped by the backup; the row itself is kept.
                    log.warn("Media file missing, not in the backup: {}", source);
                    continue;
                }
                zip.putNextEntry(new ZipEntry(MEDIA + relative));
                Files.copy(source, zip);
                zip.closeEntry();
                mediaWritten.add(relative);
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, now, schemaVersion(c),
                    c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion(),
                    counts, sequences(c), mediaWritten);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            progress.accept(new BackupProgress(total, total, Messages.get("backup.progress.done")));
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
        }
    }

    private Path freeName(Instant now, String tag) {
        String base = PREFIX + STAMP.format(now);
        String end = (tag == null || tag.isBlank() ? "" : "-" + tag) + SUFFIX;
        Path candidate = folder.resolve(base + end);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + end);
        }
        return candidate;
    }

    private void deleteStaleTemporaryFiles() throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".backup-*.part")) {
            for (Path part : parts) {
                // left by a backup that was killed; one running now holds the lock, so none is in use
                Files.deleteIfExists(part);
            }
        }
    }

    // --------------------------------------------------------------------------------------- restore

    private long load(Path file, Consumer<BackupProgress> progress) {
        long started = System.nanoTime();
        try (ZipFile zip = new ZipFile(file.toFile()); Connection c = dataSource.getConnection()) {
            BackupManifest m = manifest(zip, file);
            checkSchema(c, m);
            List<String> tables = tables(c);
            if (!tables.equals(new ArrayList<>(m.tables().keySet()).stream().sorted().toList())) {
                throw invalid(Messages.get("backup.tablesDiffer", file.getFileName()));
            }
            long total = tables.size() + m.media().size() + 1L;
            long done = 0;
            // Media first: files are stored once per id and never change, so adding them cannot harm
            // the current data if the database part fails afterwards (an unused file costs only space).
            for (String relative : m.media()) {
                if (done % 50 == 0) {
                    progress.accept(new BackupProgress(done, total, Messages.get("backup.progress.media")));
                }
                done++;
                restoreMediaFile(zip, relative);
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            long rows = 0;
            try (Statement s = c.createStatement()) {
                // Triggers (counters, the sync change log) and foreign-key checks off while loading: the
                // rows are a consistent snapshot already, counters included.
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("SET LOCAL lock_timeout = '30s'");
                s.execute("TRUNCATE " + String.join(", ", tables.stream().map(Backups::quote).toList()));
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    progress.accept(new BackupProgress(done++, total, Messages.get("backup.progress.restoreTable", table)));
                    ZipEntry entry = zip.getEntry(TABLES + table + ".tsv");
                    if (entry == null) {
                        throw invalid(Messages.get("backup.tablesDiffer", file.getFileName()));
                    }
                    long loaded;
                    try (InputStream in = zip.getInputStream(entry)) {
                        loaded = copy.copyIn("COPY " + quote(table) + " FROM STDIN", in);
                    }
                    if (loaded != m.tables().get(table)) {
                        throw invalid(Messages.get("backup.rowsDiffer", file.getFileName(), table));
                    }
                    rows += loaded;
                }
                restoreSequences(c, m.sequences());
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            try (Statement s = c.createStatement()) {
                // The planner's statistics went with the truncated rows.
                s.execute("ANALYZE");
            }
            progress.accept(new BackupProgress(total, total, Messages.get("backup.progress.restored")));
            log.info("Restored {} ({} rows) in {} ms", file, rows, Duration.ofNanos(System.nanoTime() - started).toMillis());
            return rows;
        } catch (NoSuchFileException e) {
            throw new NotFoundException(Messages.get("backup.notFound", file));
        } catch (IOException e) {
            throw invalid(Messages.get("backup.unreadable", file.getFileName(), e.getMessage()));
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.get("backup.restoreFailed", file.getFileName(), e.getMessage()), e);
        }
    }

    private void restoreMediaFile(ZipFile zip, String relative) throws IOException {
        Path target = media.resolve(relative).normalize();
        ZipEntry entry = zip.getEntry(MEDIA + relative);
        if (entry == null || !target.startsWith(media.normalize())) {
            throw invalid(Messages.get("backup.unreadable", zip.getName(), relative));
        }
        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "restore", ".part");
        try {
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restoreSequences(Connection c, Map<String, Long> sequences) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
            for (Map.Entry<String, Long> s : sequences.entrySet()) {
                ps.setString(1, quote(s.getKey()));
                ps.setLong(2, s.getValue() == null ? 1 : s.getValue());
                ps.setBoolean(3, s.getValue() != null);
                ps.execute();
            }
        }
    }

    private static void checkSchema(Connection c, BackupManifest m) throws SQLException {
        if (m.format() != BackupManifest.FORMAT) {
            throw invalid(Messages.get("backup.newerFormat", m.format()));
        }
        String current = schemaVersion(c);
        if (!current.equals(m.schemaVersion())) {
            throw invalid(Messages.get("backup.otherSchema", m.schemaVersion(), current));
        }
    }

    // ---------------------------------------------------------------------------------------- shared

    private List<Path> archives() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path p : dir) {
                if (NAME.matcher(p.getFileName().toString()).matches()) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw invalid(Messages.get("backup.notABackup", file.getFileName()));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return ContractJson.lenientReader().readValue(in, BackupManifest.class);
        } catch (RuntimeException e) {
            throw invalid(Messages.get("backup.notABackup", file.getFileName()));
        }
    }

    /** Every table of the public schema but Flyway's history (the schema is the migrations' job), by name. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '%s' ORDER BY c.relname
                """.formatted(HISTORY))) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename")) {
            while (rs.next()) {
                long value = rs.getLong(2);
                sequences.put(rs.getString(1), rs.wasNull() ? null : value);
            }
        }
        return sequences;
    }

    private static List<String> mediaPaths(Connection c) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT storage_path FROM media_files WHERE storage_path IS NOT NULL ORDER BY 1")) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        }
        return paths;
    }

    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** A backup file that cannot be used, as a problem with the chosen {@code name}. */
    private static ValidationException invalid(String message) {
        return new ValidationException(List.of(new Violation("name", "backup", message)));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The zip entry stays open when COPY is done writing to it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
