package dev.sipdiag.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's own labels (Labels_en/nl.properties), formatted with {@link MessageFormat}. */
final class Labels {
    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.sipdiag.cli.Labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
