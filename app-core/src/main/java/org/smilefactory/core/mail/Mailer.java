package org.smilefactory.core.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends plain-text e-mails over the hub's SMTP server (decision 0024) with Jakarta Mail (Angus Mail).
 * Short timeouts: staff wait on the answer of a "send test e-mail", and an invite must not hang when
 * the server is down (the code is shown to staff either way).
 */
public final class Mailer {

    /** The SMTP server to use; {@code security} one of none, starttls, tls. */
    public record Smtp(String host, int port, String security, String username, String password, String from) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                    + ", password=***, from=" + from + "]";
        }
    }

    private static final String TIMEOUT_MS = "10000";

    private final Smtp smtp;

    public Mailer(Smtp smtp) {
        this.smtp = smtp;
    }

    /** Sends one message; throws {@link MessagingException} with the server's answer when it fails. */
    public void send(String to, String subject, String body) throws MessagingException {
        Properties props = new Properties();
        boolean tls = "tls".equals(smtp.security());
        String protocol = tls ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", smtp.host());
        props.put("mail." + protocol + ".port", Integer.toString(smtp.port()));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        boolean auth = smtp.username() != null && !smtp.username().isBlank();
        props.put("mail." + protocol + ".auth", Boolean.toString(auth));
        if ("starttls".equals(smtp.security())) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (tls) {
            props.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        try (Transport transport = session.getTransport(protocol)) {
            if (auth) {
                transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
            } else {
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
