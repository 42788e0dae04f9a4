package org.smilefactory.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** Server session tokens: only a hash at rest, expiry, revocation and housekeeping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTokensTest {

    private LocalBackend backend;
    private SessionTokens tokens;
    private UUID admin;

    @BeforeAll
    void hub() {
        backend = (LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        Session session = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("tokens")));
        admin = session.member().id();
        tokens = new SessionTokens(backend.context());
    }

    @AfterAll
    void close() {
        backend.close();
    }

    @Test
    void onlyTheHashIsStoredAndTheTokenResolvesToItsMember() {
        String token = tokens.issue(admin, "test", "127.0.0.1");
        assertThat(tokens.resolve(token)).contains(admin);
        long plainStored = backend.context().jdbc().sql("SELECT count(*) FROM auth_tokens WHERE token_hash = ?")
                .param(token).query(Long.class).single();
        assertThat(plainStored).isZero();
        assertThat(tokens.resolve(token + "x")).isEmpty();
    }

    @Test
    void revokedAndExpiredTokensStopWorkingAndAreCleanedUp() {
        String revoked = tokens.issue(admin, "test", "127.0.0.1");
        String expired = tokens.issue(admin, "test", "127.0.0.1");
        tokens.revoke(revoked);
        // Age every token so far: the revoked one past the housekeeping grace, all past expiry.
        backend.context().jdbc().sql("""
                UPDATE auth_tokens SET expires_at = now() - interval '1 minute',
                       revoked_at = CASE WHEN revoked_at IS NOT NULL THEN now() - interval '2 days' END
                """).update();
        String live = tokens.issue(admin, "test", "127.0.0.1");

        assertThat(tokens.resolve(revoked)).isEmpty();
        assertThat(tokens.resolve(expired)).isEmpty();
        assertThat(tokens.resolve(live)).contains(admin);
        assertThat(tokens.purgeExpired()).isGreaterThanOrEqualTo(2);
        assertThat(backend.context().jdbc().sql("SELECT count(*) FROM auth_tokens WHERE expires_at < now()")
                .query(Long.class).single()).isZero();
        assertThat(tokens.resolve(live)).as("a live token survives housekeeping").contains(admin);
    }
}
