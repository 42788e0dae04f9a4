package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.accounts.SessionTokens;
import org.smilefactory.core.common.PasswordHasher;

/** The scan every test server runs on its responses flags what it should and nothing legitimate. */
class ResponseScanTest {

    @Test
    void bcryptHashesAndTokenHashesAreFoundButIdsAndTokensAreNot() {
        String bcrypt = new PasswordHasher(4).hash("secret");
        String tokenHash = SessionTokens.hash("some-token");
        assertThat(ResponseScan.secretsIn("{\"password_hash\":\"" + bcrypt + "\"}")).containsExactly("bcrypt " + bcrypt);
        assertThat(ResponseScan.secretsIn("{\"token_hash\":\"" + tokenHash + "\"}")).containsExactly("token hash " + tokenHash);

        String ids = "{\"id\":\"" + UUID.randomUUID() + "\",\"token\":\"" + "Ab-_".repeat(10) + "xyz\","
                + "\"version\":1234567890123,\"sha1\":\"" + "a".repeat(40) + "\",\"long\":\"" + "b".repeat(96) + "\"}";
        assertThat(ResponseScan.secretsIn(ids)).isEmpty();
    }
}
