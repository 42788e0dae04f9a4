package org.smilefactory.core.api.accounts;

/**
 * The hub's SMTP server for invite e-mails (admins). No {@code host}: no e-mail is sent and staff hand
 * the codes out. Reads never carry the password: {@code password} is then null and
 * {@code passwordSet} says whether one is stored; on save a null password keeps the stored one and an
 * empty one removes it. {@code version} is the version the settings were read at.
 */
public record MailSettings(
        String host,
        int port,
        MailSecurity security,
        String username,
        String password,
        boolean passwordSet,
        String fromAddress,
        long version) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", password=***, passwordSet=" + passwordSet + ", fromAddress=" + fromAddress + ", version=" + version + "]";
    }
}
