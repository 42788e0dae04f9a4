package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseRedactTest {

    @Test
    void aPasswordInTheUrlNeverReachesTheStatusBar() {
        assertThat(Database.redact("jdbc:postgresql://db.hub.local:5432/hub?user=staff&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db.hub.local:5432/hub");
        assertThat(Database.redact("jdbc:postgresql://localhost/hub")).isEqualTo("jdbc:postgresql://localhost/hub");
    }
}
