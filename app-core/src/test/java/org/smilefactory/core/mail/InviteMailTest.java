package org.smilefactory.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Invite;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.MailSecurity;
import org.smilefactory.core.api.accounts.MailSettings;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** With an SMTP server set, an invite is e-mailed with its code (a real local SMTP server: GreenMail). */
class InviteMailTest {

    private GreenMail smtp;
    private Backend backend;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @AfterEach
    void stop() {
        backend.close();
        smtp.stop();
    }

    @Test
    void anInviteArrivesByEmailWithItsCodeAndTheTestEmailToo() throws Exception {
        Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        int port = smtp.getSmtp().getPort();
        MailSettings read = admin.accounts().mailSettings();
        admin.accounts().saveMailSettings(new MailSettings("127.0.0.1", port, MailSecurity.NONE, null, null, false,
                "hub@example.org", read.version()));

        InviteResult invite = admin.accounts().invite(new Invite("ada@example.org", "Ada", "Moyo", null));
        assertThat(invite.emailed()).isTrue();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
        assertThat(mail.getSubject()).contains("Test Hub");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains(invite.code());

        admin.accounts().sendTestMail("staff@example.org");
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
    }
}
