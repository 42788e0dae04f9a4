package org.smilefactory.core.offline;

import java.util.Objects;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.common.CoreContext;

/**
 * An open offline replica: a database with the hub's schema holding what one member may see, their
 * outbox and the sync bookkeeping ({@code sync_state}). Closing it stops its embedded PostgreSQL (or
 * closes the pool on a JDBC URL). Opened by {@code core.platform.Replicas}.
 */
public final class Replica implements AutoCloseable {

    private final CoreContext context;
    private final AutoCloseable onClose;
    private final String location;
    private final DeviceSecrets secrets;

    public Replica(CoreContext context, AutoCloseable onClose, String location) {
        this(context, onClose, location, null);
    }

    /** With where the copy keeps its device credential (null: it keeps none and cannot sign itself back in). */
    public Replica(CoreContext context, AutoCloseable onClose, String location, DeviceSecrets secrets) {
        this.context = Objects.requireNonNull(context, "context");
        this.onClose = onClose;
        this.location = location;
        this.secrets = secrets;
    }

    /** Where this copy keeps its device credential (decision 0021), if anywhere. */
    public java.util.Optional<DeviceSecrets> secrets() {
        return java.util.Optional.ofNullable(secrets);
    }

    /** The replica's database, for the offline session and the sync engine. */
    public CoreContext context() {
        return context;
    }

    /** Where the replica lives (folder or redacted JDBC URL), for logs. */
    public String location() {
        return location;
    }

    @Override
    public void close() {
        if (onClose != null) {
            try {
                onClose.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Replica.class).warn("Closing the replica {} failed", location, e);
            }
        }
    }

    @Override
    public String toString() {
        return "Replica[" + location + "]";
    }
}
