package dev.sipdiag.capture.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem texts for people, one per {@link dev.sipdiag.capture.Problem#reason()} key, from the bundle
 * {@code dev/sipdiag/capture/internal/problems} (English, Dutch).
 */
public final class Messages {
    /** Base name of the bundle. */
    public static final String BUNDLE = "dev.sipdiag.capture.internal.problems";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code reason} with its arguments filled in; the key itself when the bundle lacks it. */
    public String format(String reason, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(reason);
        } catch (MissingResourceException e) {
            return reason;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
