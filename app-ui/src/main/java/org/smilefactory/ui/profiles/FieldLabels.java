package org.smilefactory.ui.profiles;

import java.util.Locale;
import org.smilefactory.ui.l10n.Localization;

/**
 * Readable names of profile fields, for form labels and for the dashboard's "missing" list. Keys are
 * {@code field.<name>} for common fields and {@code field.details.<name>} for type details; a name
 * without a label is still shown, split from camelCase, rather than as a raw key.
 */
public final class FieldLabels {

    private final Localization l10n;

    public FieldLabels(Localization l10n) {
        this.l10n = l10n;
    }

    public String label(String field) {
        String bare = field.startsWith("details.") ? field.substring("details.".length()) : field;
        for (String key : new String[] {"field." + field, "field." + bare, "field.details." + bare}) {
            if (l10n.has(key)) {
                return l10n.get(key);
            }
        }
        return humanize(bare);
    }

    /** An optional hint shown under a field (e.g. "Separate entries with commas"). */
    public String hint(DetailField field) {
        String key = "field.details." + field.name() + ".hint";
        if (l10n.has(key)) {
            return l10n.get(key);
        }
        return switch (field.kind()) {
            case LIST -> l10n.get("editor.list.hint");
            case MONEY -> l10n.get("editor.money.hint");
            default -> "";
        };
    }

    static String humanize(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
