package org.smilefactory.core.api.accounts;

/** How the hub talks to its SMTP server. */
public enum MailSecurity {
    /** Plain SMTP (a relay on the local network). */
    NONE,
    /** SMTP upgraded with STARTTLS (usually port 587). */
    STARTTLS,
    /** SMTP over TLS from the first byte (usually port 465). */
    TLS
}
