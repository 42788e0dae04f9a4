package org.smilefactory.server.web;

import java.util.List;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;

/** Query parameters the contract has no type for, checked with a message from the bundle (controllers stay off core internals). */
public final class Parameters {

    private Parameters() {
    }

    /**
     * {@code value} when it is one of {@code allowed}.
     *
     * @throws ValidationException naming {@code name}, with the bundle's {@code messageKey}, for anything else
     */
    public static String oneOf(String name, String value, String messageKey, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        throw new ValidationException(List.of(new Violation(name, "invalid", Messages.get(messageKey))));
    }
}
