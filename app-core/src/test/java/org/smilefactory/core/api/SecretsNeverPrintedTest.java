package org.smilefactory.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.Role;

/** Commands are logged by frameworks (request bodies at DEBUG): their toString must hide passwords. */
class SecretsNeverPrintedTest {

    @Test
    void commandsWithPasswordsDoNotPrintThem() {
        assertThat(new CreateMember("a@b.org", "hunter2-secret", "A", "B", Role.USER).toString())
                .doesNotContain("hunter2-secret").contains("a@b.org");
        assertThat(new FirstRunSetup("Hub", "Africa/Harare", "A", "B", "a@b.org", "hunter2-secret").toString())
                .doesNotContain("hunter2-secret").contains("Hub");
    }
}
