package org.smilefactory.core.remote;

import org.smilefactory.core.common.Texts;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a JSON string as Jackson does, then refuses one that holds a character the hub cannot store
 * ({@link Texts}: a NUL, or a lone surrogate written as {@code "\ud800"}), so a bad body is refused
 * at the door with the field's path instead of reaching a service or the database (decision 0020).
 */
public final class StrictStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value = super.deserialize(p, ctxt);
        String code = Texts.badCharacter(value);
        if (code != null) {
            throw new UnstorableTextException(p, code);
        }
        return value;
    }

    /** A JSON string with a character the hub refuses; {@link #code()} is the violation code. */
    public static final class UnstorableTextException extends MismatchedInputException {
        private final String code;

        UnstorableTextException(JsonParser p, String code) {
            // the message never quotes the input (it may be a password)
            super(p, "Text with a character that cannot be stored: " + code, String.class);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
