package org.smilefactory.core.api.events;

/**
 * Staff create a kiosk account bound to one event. {@code exitPin} (4–12 digits) is what staff type
 * to leave kiosk mode; only its hash is stored.
 */
public record CreateKiosk(String email, String password, String name, String exitPin) {

    @Override
    public String toString() {
        return "CreateKiosk[email=" + email + ", password=***, name=" + name + ", exitPin=***]";
    }
}
