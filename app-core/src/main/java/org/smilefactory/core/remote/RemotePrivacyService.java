package org.smilefactory.core.remote;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.api.privacy.PrivacyService;
import org.smilefactory.core.remote.wire.ErasureRequestBody;

/** {@link PrivacyService} over app-server's REST API; the export is downloaded as it is written. */
final class RemotePrivacyService implements PrivacyService {

    private final Calls calls;

    RemotePrivacyService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public void export(UUID memberId, OutputStream target) {
        // a member with years of messages and files: the server writes the archive while we read it
        calls.call("GET", "privacy/members/" + memberId + "/export").readTimeout(HttpApi.LONG_READ_TIMEOUT).download(target);
    }

    @Override
    public ErasureRequest requestErasure(String reason) {
        return calls.call("POST", "privacy/erasure-requests").body(new ErasureRequestBody(reason)).as(ErasureRequest.class);
    }

    @Override
    public Optional<ErasureRequest> myErasureRequest() {
        // 204 (no request ever made) reads as null
        return Optional.ofNullable(calls.call("GET", "privacy/erasure-requests/mine").as(ErasureRequest.class));
    }

    @Override
    public ErasureRequest withdrawErasureRequest() {
        return calls.call("DELETE", "privacy/erasure-requests/mine").as(ErasureRequest.class);
    }

    @Override
    public List<ErasureRequest> erasureRequests(ErasureStatus status) {
        return calls.call("GET", "privacy/erasure-requests")
                .query("status", status)
                .asList(ErasureRequest.class);
    }

    @Override
    public ErasureRequest decideErasure(UUID requestId, ErasureDecision decision) {
        return calls.call("POST", "privacy/erasure-requests/" + requestId + "/decision").body(decision).as(ErasureRequest.class);
    }
}
