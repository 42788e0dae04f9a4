package org.smilefactory.core.api;

import java.util.List;
import java.util.Optional;

/** The command was rejected before anything was written; each violation names its field. */
public class ValidationException extends HubException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public Optional<Violation> violationOf(String field) {
        return violations.stream().filter(v -> v.field().equals(field)).findFirst();
    }

    @Override
    public String kind() {
        return "validation";
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "Invalid input";
        }
        Violation first = violations.get(0);
        return violations.size() == 1
                ? first.field() + ": " + first.message()
                : first.field() + ": " + first.message() + " (+" + (violations.size() - 1) + " more)";
    }
}
