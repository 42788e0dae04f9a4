package org.smilefactory.core.remote;

import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionService;
import org.smilefactory.core.api.admin.RetentionSettings;

/** {@link RetentionService} over app-server's REST API. */
final class RemoteRetentionService implements RetentionService {

    private final Calls calls;

    RemoteRetentionService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public RetentionSettings settings() {
        return calls.call("GET", "retention/settings").as(RetentionSettings.class);
    }

    @Override
    public RetentionSettings save(RetentionSettings settings) {
        return calls.call("PUT", "retention/settings").body(settings).as(RetentionSettings.class);
    }

    /** A big purge can take a while: waits as long as demo-data generation does. */
    @Override
    public RetentionResult runNow() {
        return calls.call("POST", "retention/runs").readTimeout(HttpApi.LONG_READ_TIMEOUT).as(RetentionResult.class);
    }
}
