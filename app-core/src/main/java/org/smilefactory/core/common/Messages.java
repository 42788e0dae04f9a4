package org.smilefactory.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing texts of the core, from {@code org/smilefactory/core/messages*.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.smilefactory.core.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
