package org.smilefactory.ui.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;

/**
 * The per-field error messages of a form, keyed by the command's record component names (the same
 * names the backend puts in {@link Violation#field()}), so a {@link ValidationException} lands next to
 * the field it is about. Views bind a label under each input to {@link #of(String)}.
 */
public final class FieldErrors {

    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private Function<String, Optional<StringProperty>> fallback = name -> Optional.empty();

    public FieldErrors(String... fields) {
        for (String field : fields) {
            errors.put(field, new SimpleStringProperty(this, field, ""));
        }
    }

    /** Resolves fields not declared up front (e.g. the {@code details.*} of the current profile type). */
    public void setFallback(Function<String, Optional<StringProperty>> fallback) {
        this.fallback = fallback;
    }

    public StringProperty of(String field) {
        StringProperty property = errors.get(field);
        if (property == null) {
            throw new IllegalArgumentException("Unknown field " + field);
        }
        return property;
    }

    public Optional<StringProperty> find(String field) {
        StringProperty property = errors.get(field);
        return property != null ? Optional.of(property) : fallback.apply(field);
    }

    /** Editing a field makes its old error stale: clear it as soon as the value changes. */
    public void clearOnChange(javafx.beans.value.ObservableValue<?> value, String field) {
        StringProperty error = of(field);
        value.addListener((obs, old, now) -> error.set(""));
    }

    public void set(String field, String message) {
        of(field).set(message);
    }

    public void clear() {
        errors.values().forEach(p -> p.set(""));
    }

    public boolean hasAny() {
        return errors.values().stream().anyMatch(p -> !p.get().isEmpty());
    }

    /**
     * Puts each violation next to its field; returns those whose field this form does not show, so the
     * caller can put them in a banner instead of dropping them.
     */
    public List<Violation> apply(ValidationException exception) {
        List<Violation> unplaced = new ArrayList<>();
        for (Violation violation : exception.violations()) {
            Optional<StringProperty> target = find(violation.field());
            if (target.isPresent()) {
                // Several violations of one field: the first is the one to fix first.
                if (target.get().get().isEmpty()) {
                    target.get().set(violation.message());
                }
            } else {
                unplaced.add(violation);
            }
        }
        return unplaced;
    }
}
