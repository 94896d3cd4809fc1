package dev.sipdiag.capture.hep;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Person-readable text of the HEP decoder, from the {@code HepMessages} bundle (English, Dutch). */
final class HepText {
    static final String BUNDLE = "dev.sipdiag.capture.hep.HepMessages";

    private HepText() {
    }

    /** The message for {@code key} in the default locale, with {@code args} filled in. */
    static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
