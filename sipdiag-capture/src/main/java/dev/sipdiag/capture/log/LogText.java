package dev.sipdiag.capture.log;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Person-readable text of the log readers, from the {@code LogMessages} bundle (English, Dutch). */
final class LogText {
    static final String BUNDLE = "dev.sipdiag.capture.log.LogMessages";

    private LogText() {
    }

    /** The message for {@code key} in the default locale, with {@code args} filled in. */
    static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
