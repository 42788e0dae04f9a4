package org.smilefactory.core.mail;

import java.util.Locale;
import java.util.Optional;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.accounts.MailSecurity;
import org.smilefactory.core.api.accounts.MailSettings;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one row of {@code mail_settings} (decision 0024); authorisation is the caller's. */
public final class MailSettingsStore {

    private final JdbcClient jdbc;

    public MailSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings as a client may see them: never the password. */
    public MailSettings read() {
        return jdbc.sql("SELECT host, port, security, username, password, from_address, version FROM mail_settings WHERE id = 1")
                .query((rs, n) -> new MailSettings(rs.getString(1), rs.getInt(2),
                        MailSecurity.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), null,
                        rs.getString(5) != null && !rs.getString(5).isEmpty(), rs.getString(6), rs.getLong(7)))
                .optional()
                .orElse(new MailSettings(null, 587, MailSecurity.STARTTLS, null, null, false, null, 0));
    }

    /** The server to send through, with its password; empty when no host is set. */
    public Optional<Mailer.Smtp> smtp() {
        return jdbc.sql("SELECT host, port, security, username, password, from_address FROM mail_settings WHERE id = 1 AND host IS NOT NULL")
                .query((rs, n) -> new Mailer.Smtp(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
    }

    /** Validates and saves (in the caller's transaction); returns the settings as read afterwards. */
    public MailSettings save(MailSettings s) {
        String host = trim(s.host());
        Problems problems = new Problems().text("host", host, 255).range("port", s.port(), 1, 65535)
                .text("username", s.username(), 255).text("password", s.password(), 500);
        if (host != null) {
            problems.required("security", s.security()).email("fromAddress", s.fromAddress());
        } else if (trim(s.fromAddress()) != null) {
            problems.email("fromAddress", s.fromAddress());
        }
        problems.throwIfAny();
        String security = (s.security() == null ? MailSecurity.STARTTLS : s.security()).name().toLowerCase(Locale.ROOT);
        jdbc.sql("INSERT INTO mail_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING").update();
        int updated = jdbc.sql("""
                UPDATE mail_settings SET host = :host, port = :port, security = :security, username = :username,
                  password = CASE WHEN :keep THEN password WHEN :password = '' THEN NULL ELSE :password END,
                  from_address = :from, updated_at = now(), version = version + 1
                WHERE id = 1 AND version = :version
                """)
                .param("host", host).param("port", s.port()).param("security", security)
                .param("username", trim(s.username())).param("keep", s.password() == null)
                .param("password", s.password() == null ? "" : s.password())
                .param("from", trim(s.fromAddress())).param("version", s.version())
                .update();
        if (updated == 0) {
            throw new ConflictException(Messages.get("mail.settingsChanged"));
        }
        return read();
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
