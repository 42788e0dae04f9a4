package org.smilefactory.core.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.events.LocalEventService;
import org.smilefactory.core.events.MergedScan;
import org.smilefactory.core.events.OfflineScan;
import org.smilefactory.core.events.OfflineWalkIn;
import org.smilefactory.core.profiles.LocalProfileService;
import org.smilefactory.core.remote.ContractJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;

/**
 * Replays one offline mutation through the ordinary services, as the member who pushed it, at most
 * once per mutation id (decision 0013).
 *
 * <p>The id is claimed in {@code sync_applied_mutations} first, in the same transaction as the change:
 * a second push of the same id, even at the same moment, waits for the first and then finds the id
 * taken, rolls back and answers the stored reply. A conflict or a refusal rolls the change back and
 * is then recorded with its reply, so a retry gets the same answer. An unexpected failure (a bug, the
 * database going away) is answered REJECTED with a general reason and not recorded: the mutation
 * stays in the client's outbox and a later push may apply it; the rest of the batch goes on.
 */
final class MutationApplier {

    private static final Logger LOG = LoggerFactory.getLogger(MutationApplier.class);

    static final List<String> KINDS = List.of(MutationKinds.PROFILE_SAVE, MutationKinds.PROFILE_PUBLISH,
            MutationKinds.PROFILE_UNPUBLISH, MutationKinds.CHECK_IN, MutationKinds.CHECK_IN_REGISTRATION,
            MutationKinds.WALK_IN);

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;
    private final SyncScope scope;

    MutationApplier(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.jdbc = ctx.jdbc();
        this.scope = SyncScope.of(ctx.jdbc(), actor);
    }

    record VersionPayload(UUID memberId, Long expectedVersion) {
    }

    record ScanPayload(UUID eventId, String code, UUID registrationId, UUID scanId, Instant scannedAt, String source) {
    }

    record WalkInPayload(UUID eventId, String firstName, String lastName, String email, UUID memberId,
                         UUID registrationId, UUID scanId, Instant scannedAt) {
    }

    /** The stored reply of a mutation applied (or refused) before. */
    Optional<MutationResult> stored(UUID mutationId) {
        return jdbc.sql("SELECT response::text FROM sync_applied_mutations WHERE mutation_id = ? AND response IS NOT NULL")
                .param(mutationId).query(String.class).optional()
                .map(json -> ContractJson.lenientReader().readValue(json, MutationResult.class));
    }

    MutationResult apply(Mutation m) {
        Optional<MutationResult> before = stored(m.id());
        if (before.isPresent()) {
            return before.get();
        }
        if (!KINDS.contains(m.kind())) {
            return record(m, MutationOutcome.REJECTED, Messages.get("sync.unknownKind", m.kind()), List.of());
        }
        Object payload;
        try {
            payload = parse(m);
        } catch (JacksonException | IllegalArgumentException e) {
            return record(m, MutationOutcome.REJECTED, Messages.get("sync.invalidPayload", shortMessage(e)),
                    touched(m, null, null));
        }
        try {
            MutationResult applied = ctx.tx().execute(status -> {
                int claimed = jdbc.sql("""
                        INSERT INTO sync_applied_mutations (mutation_id, outcome, response) VALUES (?, 'applied', NULL)
                        ON CONFLICT (mutation_id) DO NOTHING
                        """).param(m.id()).update();
                if (claimed == 0) {
                    throw new AlreadyClaimed();
                }
                MutationResult result = new MutationResult(m.id(), MutationOutcome.APPLIED, null,
                        touched(m, payload, run(m.kind(), payload)));
                jdbc.sql("UPDATE sync_applied_mutations SET response = ?::jsonb WHERE mutation_id = ?")
                        .params(ContractJson.mapper().writeValueAsString(result), m.id()).update();
                return result;
            });
            return applied;
        } catch (AlreadyClaimed e) {
            return stored(m.id()).orElseThrow(() -> new IllegalStateException("claimed without a reply: " + m.id()));
        } catch (ConflictException e) {
            if (payload instanceof SaveProfile save && alreadyHeld(save)) {
                // The same save reached the server before and its reply was lost (the desktop then kept
                // it for later): nothing is left to do, and nobody needs to be asked about it.
                return record(m, MutationOutcome.APPLIED, null, touched(m, payload, null));
            }
            return record(m, MutationOutcome.CONFLICT, e.getMessage(), touched(m, payload, null));
        } catch (UnauthenticatedException | BackendUnavailableException e) {
            throw e;
        } catch (ValidationException e) {
            return record(m, MutationOutcome.REJECTED, reason(e), touched(m, payload, null));
        } catch (HubException e) {
            return record(m, MutationOutcome.REJECTED, e.getMessage(), touched(m, payload, null));
        } catch (RuntimeException e) {
            if (org.smilefactory.core.common.DatabaseFailures.unavailable(e)) {
                // the database went away mid-push: the client keeps the mutation and pushes it again
                throw new BackendUnavailableException(Messages.get("platform.databaseUnavailable"), e);
            }
            LOG.warn("Offline mutation {} ({}) failed unexpectedly; answered REJECTED, not recorded", m.id(), m.kind(), e);
            return new MutationResult(m.id(), MutationOutcome.REJECTED, Messages.get("sync.unexpected"), List.of());
        }
    }

    private boolean alreadyHeld(SaveProfile save) {
        try {
            return LocalProfileService.holds(new LocalProfileService(ctx, actor).get(save.memberId()), save);
        } catch (HubException e) {
            return false;
        }
    }

    /** Thrown inside the transaction when another push holds the id: roll back, answer its reply. */
    private static final class AlreadyClaimed extends RuntimeException {
        AlreadyClaimed() {
            super(null, null, false, false);
        }
    }

    private Object parse(Mutation m) {
        if (m.payload() == null || m.payload().isBlank()) {
            throw new IllegalArgumentException("no payload");
        }
        switch (m.kind()) {
            case MutationKinds.PROFILE_SAVE:
                return ContractJson.lenientReader().readValue(m.payload(), SaveProfile.class);
            case MutationKinds.PROFILE_PUBLISH:
            case MutationKinds.PROFILE_UNPUBLISH:
                return ContractJson.lenientReader().readValue(m.payload(), VersionPayload.class);
            case MutationKinds.CHECK_IN:
            case MutationKinds.CHECK_IN_REGISTRATION:
                return ContractJson.lenientReader().readValue(m.payload(), ScanPayload.class);
            default:
                return ContractJson.lenientReader().readValue(m.payload(), WalkInPayload.class);
        }
    }

    /** Runs the command through the services; returns what a check-in merge changed (null otherwise). */
    private MergedScan run(String kind, Object payload) {
        LocalProfileService profiles = new LocalProfileService(ctx, actor);
        LocalEventService events = new LocalEventService(ctx, actor);
        switch (kind) {
            case MutationKinds.PROFILE_SAVE:
                profiles.save((SaveProfile) payload);
                return null;
            case MutationKinds.PROFILE_PUBLISH:
            case MutationKinds.PROFILE_UNPUBLISH: {
                VersionPayload p = (VersionPayload) payload;
                if (p.expectedVersion() == null) {
                    throw new ValidationException(List.of(new Violation("expectedVersion", "required",
                            Messages.get("validation.required"))));
                }
                if (kind.equals(MutationKinds.PROFILE_PUBLISH)) {
                    profiles.publish(p.memberId(), p.expectedVersion());
                } else {
                    profiles.unpublish(p.memberId(), p.expectedVersion());
                }
                return null;
            }
            case MutationKinds.CHECK_IN: {
                ScanPayload p = (ScanPayload) payload;
                return events.mergeOfflineScan(new OfflineScan(p.eventId(), p.scanId(), p.scannedAt(),
                        p.code() == null ? "" : p.code(), null, p.source()));
            }
            case MutationKinds.CHECK_IN_REGISTRATION: {
                ScanPayload p = (ScanPayload) payload;
                if (p.registrationId() == null) {
                    throw new ValidationException(List.of(new Violation("registrationId", "required",
                            Messages.get("validation.required"))));
                }
                return events.mergeOfflineScan(new OfflineScan(p.eventId(), p.scanId(), p.scannedAt(), null,
                        p.registrationId(), p.source()));
            }
            default: {
                WalkInPayload p = (WalkInPayload) payload;
                return events.mergeOfflineWalkIn(new OfflineWalkIn(p.eventId(), p.firstName(), p.lastName(), p.email(),
                        p.memberId(), p.registrationId(), p.scanId(), p.scannedAt()));
            }
        }
    }

    /**
     * The server's current rows of everything the mutation names or changed: the member and their
     * profile-type rows; the registration and scans; for a walk-in also the event (its count), and the
     * replica's own member and registration ids, which come back as tombstones when the server kept
     * other rows instead.
     */
    private List<Change> touched(Mutation m, Object payload, MergedScan merged) {
        CurrentRows rows = new CurrentRows(jdbc, scope);
        List<Change> out = new ArrayList<>();
        if (payload instanceof SaveProfile p) {
            out.addAll(rows.member(p.memberId() == null ? m.entityId() : p.memberId()));
        } else if (payload instanceof VersionPayload p) {
            out.addAll(rows.member(p.memberId() == null ? m.entityId() : p.memberId()));
        } else if (payload instanceof ScanPayload p) {
            List<UUID> registrations = new ArrayList<>();
            if (merged != null && merged.registrationId() != null) {
                registrations.add(merged.registrationId());
            }
            registrations.add(p.registrationId());
            if ("event_attendees".equals(m.entityType())) {
                registrations.add(m.entityId());
            }
            out.addAll(rows.of("event_attendees", registrations));
            List<UUID> scans = new ArrayList<>(merged == null ? List.of() : merged.scanIds());
            scans.add(p.scanId());
            out.addAll(rows.of("event_check_in_scans", scans));
        } else if (payload instanceof WalkInPayload p) {
            List<UUID> members = new ArrayList<>();
            List<UUID> registrations = new ArrayList<>();
            List<UUID> scans = new ArrayList<>();
            if (merged != null) {
                members.add(merged.memberId());
                registrations.add(merged.registrationId());
                scans.addAll(merged.scanIds());
            }
            members.add(p.memberId());
            registrations.add(p.registrationId());
            scans.add(p.scanId());
            out.addAll(rows.of("personal_details", members));
            out.addAll(rows.of("events", java.util.Collections.singletonList(p.eventId())));
            out.addAll(rows.of("event_attendees", registrations));
            out.addAll(rows.of("event_check_in_scans", scans));
        } else if (m.entityType() != null && m.entityId() != null
                && org.smilefactory.core.api.sync.SyncTables.ALL.contains(m.entityType())) {
            out.addAll(rows.of(m.entityType(), List.of(m.entityId())));
        }
        return out;
    }

    /** Records a reply for a mutation that changed nothing; the stored one when another push beat it. */
    private MutationResult record(Mutation m, MutationOutcome outcome, String reason, List<Change> rows) {
        MutationResult result = new MutationResult(m.id(), outcome, reason, rows);
        int inserted = jdbc.sql("""
                INSERT INTO sync_applied_mutations (mutation_id, outcome, response) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (mutation_id) DO NOTHING
                """).params(m.id(), outcome.name().toLowerCase(java.util.Locale.ROOT),
                        ContractJson.mapper().writeValueAsString(result)).update();
        return inserted == 1 ? result : stored(m.id()).orElse(result);
    }

    private static String reason(ValidationException e) {
        List<String> parts = new ArrayList<>();
        for (Violation v : e.violations()) {
            parts.add(v.field() + ": " + v.message());
        }
        return parts.isEmpty() ? e.getMessage() : String.join("; ", parts);
    }

    private static String shortMessage(RuntimeException e) {
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.length() > 200 ? message.substring(0, 200) : message;
    }
}
