package org.smilefactory.ui.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-facing text comes from {@code org/smilefactory/ui/messages*.properties}. ViewModels format
 * messages through this class; FXML uses the same bundle via {@code %key}.
 */
public final class Localization {

    public static final String BUNDLE = "org.smilefactory.ui.messages";

    private final ResourceBundle bundle;

    public Localization(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Localization forLocale(Locale locale) {
        return new Localization(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public static Localization english() {
        return forLocale(Locale.ENGLISH);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug, but showing the key beats crashing the screen.
            return key;
        }
    }

    public String format(String key, Object... arguments) {
        // Apostrophes are plain text in our bundle ("hub's"); MessageFormat would read them as quotes.
        return new MessageFormat(get(key).replace("'", "''"), bundle.getLocale()).format(arguments);
    }

    /** The readable label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return has(key) ? get(key) : humanize(value.name());
    }

    static String humanize(String constant) {
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
