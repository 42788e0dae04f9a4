package org.smilefactory.core.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.common.Messages;

/**
 * A database's schema version against the migrations this build ships, read with Flyway's
 * {@code info} (which only reads {@code flyway_schema_history}; it never creates or changes anything).
 * A desktop in direct mode checks it instead of migrating a database it does not own (decision 0022).
 */
record SchemaVersion(String applied, String shipped, State state) {

    enum State { CURRENT, EMPTY, OLDER, NEWER, FAILED }

    static final String LOCATION = "classpath:db/migration";

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    }

    static SchemaVersion of(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        MigrationInfo[] all = info.all();
        String shipped = Arrays.stream(all)
                .filter(m -> m.getVersion() != null && !future(m.getState()))
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion).orElse("0");
        MigrationInfo current = info.current();
        String applied = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
        State state;
        if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FAILED
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            state = State.FAILED;
        } else if (applied == null) {
            state = State.EMPTY;
        } else if (Arrays.stream(info.applied()).anyMatch(m -> future(m.getState()))) {
            state = State.NEWER;
        } else if (info.pending().length > 0) {
            state = State.OLDER;
        } else {
            state = State.CURRENT;
        }
        return new SchemaVersion(applied, shipped, state);
    }

    /**
     * Throws, with what to do, unless the database's schema is exactly the one this build ships.
     *
     * @param where the database as a screen may show it (no password)
     */
    void requireCurrent(String where, String user) {
        String command = SharedDatabase.migrateCommand(where, user);
        Optional<String> problem = switch (state) {
            case CURRENT -> Optional.empty();
            case EMPTY -> Optional.of(Messages.get("platform.schemaMissing", where, command));
            case OLDER -> Optional.of(Messages.get("platform.schemaOlder", where, applied, shipped, command));
            case NEWER -> Optional.of(Messages.get("platform.schemaNewer", where, applied, shipped));
            case FAILED -> Optional.of(Messages.get("platform.schemaFailed", where, applied == null ? "?" : applied, command));
        };
        if (problem.isPresent()) {
            throw new BackendUnavailableException(problem.get());
        }
    }

    private static boolean future(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }
}
