package org.smilefactory.server.web;

import java.util.List;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Texts;
import org.smilefactory.core.remote.StrictStrings;
import org.smilefactory.core.remote.wire.Problem;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns a request body that {@code ContractJson} refused into a problem that names the field
 * (decision 0020): a text the hub cannot store is a {@code validation} problem like the services'
 * own; a wrong type or a key given twice stays {@code bad-request} but carries the field as a
 * violation, so a client can show it next to the field.
 */
final class BadInput {

    private BadInput() {
    }

    /** The problem for a body refused at a known field, or null when no field can be named. */
    static ResponseEntity<Object> bodyProblem(Throwable ex, String instance) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StrictStrings.UnstorableTextException u) {
                Violation v = new Violation(path(u), u.code(), Texts.message(u.code()));
                return Problems.entity(Problems.of("validation", v.field() + ": " + v.message(), instance, List.of(v)));
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException sre && sre.getMessage() != null
                    && sre.getMessage().startsWith("Duplicate Object property")) {
                String field = path(sre);
                JsonParser p = sre.processor();
                if ("(root)".equals(field) && p != null && p.currentName() != null) {
                    field = p.currentName();
                }
                return badRequest("The request body gives the field " + field + " more than once.", instance,
                        new Violation(field, "duplicate-field", Messages.get("validation.duplicateField")));
            }
            if (t instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
                String field = path(mie);
                String expected = mie.getTargetType() == null ? "another type" : describe(mie.getTargetType());
                return badRequest("The request body has a mistyped field: " + field + ".", instance,
                        new Violation(field, "wrong-type", Messages.get("validation.wrongType", expected)));
            }
        }
        return null;
    }

    private static ResponseEntity<Object> badRequest(String detail, String instance, Violation violation) {
        return Problems.entity(Problems.of(Problem.BAD_REQUEST, detail, instance, List.of(violation)));
    }

    private static String describe(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "another type";
    }

    /** The field's path as the services name fields ({@code details.bio}, {@code tags[2]}). */
    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(root)" : sb.toString();
    }
}
