package org.smilefactory.ui.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.api.privacy.PrivacyService;

/** An in-memory {@link PrivacyService} for ViewModel tests: the export writes fixed bytes (or fails), requests live in a list. */
public final class FakePrivacyService implements PrivacyService {

    public final List<ErasureRequest> requests = new ArrayList<>();
    public final List<UUID> exported = new ArrayList<>();
    public final List<ErasureDecision> decisions = new ArrayList<>();
    public byte[] archive = "PK fake archive".getBytes(StandardCharsets.UTF_8);
    /** When set, the export writes a little and then fails with it. */
    public RuntimeException exportFailure;
    private final UUID me;

    public FakePrivacyService(UUID me) {
        this.me = me;
    }

    /** For sessions of tests that never use privacy: nothing requested, everything else unsupported. */
    public static PrivacyService none() {
        return new FakePrivacyService(UUID.randomUUID());
    }

    @Override
    public void export(UUID memberId, OutputStream target) {
        exported.add(memberId);
        try {
            target.write(archive, 0, exportFailure == null ? archive.length : 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (exportFailure != null) {
            throw exportFailure;
        }
    }

    @Override
    public ErasureRequest requestErasure(String reason) {
        if (myErasureRequest().filter(r -> r.status() == ErasureStatus.PENDING).isPresent()) {
            throw new ConflictException("already");
        }
        ErasureRequest r = request(UUID.randomUUID(), me, "Me Myself", ErasureStatus.PENDING);
        requests.add(r);
        return r;
    }

    public static ErasureRequest request(UUID id, UUID member, String name, ErasureStatus status) {
        return new ErasureRequest(id, member, name, name.toLowerCase().replace(' ', '.') + "@example.org", status, null,
                java.time.Instant.parse("2026-12-01T10:00:00Z"), null, null, null);
    }

    @Override
    public Optional<ErasureRequest> myErasureRequest() {
        return requests.stream().filter(r -> r.memberId().equals(me)).reduce((a, b) -> b);
    }

    @Override
    public ErasureRequest withdrawErasureRequest() {
        ErasureRequest pending = myErasureRequest().filter(r -> r.status() == ErasureStatus.PENDING)
                .orElseThrow(() -> new NotFoundException("none"));
        return replace(pending, ErasureStatus.WITHDRAWN, null);
    }

    @Override
    public List<ErasureRequest> erasureRequests(ErasureStatus status) {
        return requests.stream().filter(r -> status == null || r.status() == status).toList();
    }

    @Override
    public ErasureRequest decideErasure(UUID requestId, ErasureDecision decision) {
        decisions.add(decision);
        ErasureRequest r = requests.stream().filter(x -> x.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("none"));
        if (r.status() != ErasureStatus.PENDING) {
            throw new ConflictException("This request has already been decided.");
        }
        return replace(r, decision.confirm() ? ErasureStatus.CONFIRMED : ErasureStatus.DECLINED, decision.note());
    }

    private ErasureRequest replace(ErasureRequest r, ErasureStatus status, String note) {
        ErasureRequest now = new ErasureRequest(r.id(), r.memberId(), r.memberName(), r.memberEmail(), status, r.reason(),
                r.requestedAt(), null, java.time.Instant.now(), note);
        requests.set(requests.indexOf(r), now);
        return now;
    }
}
