package org.smilefactory.ui.moderation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.profiles.FieldLabels;
import org.smilefactory.ui.sync.ChangeDiff;

/**
 * The audit log in words: actions and entity types from the bundle ({@code audit.action.<action>},
 * {@code audit.entity.<type>}), the before/after JSON as fields that changed, each named as the forms
 * name it (profile fields) or by {@code audit.field.<name>}, with enum constants as words. Anything
 * without a label is still shown, split into words, never as a raw key.
 */
public final class AuditText {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]+");

    private final Localization l10n;
    private final FieldLabels fields;

    public AuditText(Localization l10n) {
        this.l10n = l10n;
        this.fields = new FieldLabels(l10n);
    }

    public String action(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String key = "audit.action." + action;
        return l10n.has(key) ? l10n.get(key) : words(action.replace('.', ' ').replace('_', ' '));
    }

    public String entity(String entityType) {
        if (entityType == null || entityType.isBlank()) {
            return "";
        }
        String key = "audit.entity." + entityType;
        return l10n.has(key) ? l10n.get(key) : words(entityType.replace('_', ' '));
    }

    public String field(String name) {
        String key = "audit.field." + name;
        return l10n.has(key) ? l10n.get(key) : fields.label(name);
    }

    /** A stored value as a person reads it: PUBLIC and public as "Public", true as "yes", empty as "—". */
    public String value(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "\u2014";
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return l10n.get("audit.value." + raw);
        }
        return CONSTANT.matcher(raw).matches() ? words(raw.replace('_', ' ')) : raw;
    }

    /** The entry's fields, old and new, with names and values in words; only those that differ. */
    public List<ChangeDiff.Field> changes(AuditEntry entry) {
        return ChangeDiff.changes(entry.beforeJson(), entry.afterJson()).stream()
                .filter(f -> f.differs() || entry.beforeJson() == null || entry.afterJson() == null)
                .map(f -> new ChangeDiff.Field(field(f.name()), value(f.mine()), value(f.theirs()), f.differs()))
                .toList();
    }

    /** One line for the table and the CSV: "Location: Harare → Bulawayo; About you: — → Hello". */
    public String summary(AuditEntry entry) {
        return changes(entry).stream()
                .map(f -> entry.beforeJson() == null ? f.name() + ": " + f.theirs()
                        : entry.afterJson() == null ? f.name() + ": " + f.mine()
                        : f.name() + ": " + f.mine() + " \u2192 " + f.theirs())
                .collect(Collectors.joining("; "));
    }

    private static String words(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
