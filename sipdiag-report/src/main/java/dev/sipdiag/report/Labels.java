package dev.sipdiag.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reports' words for people ({@code Labels_en/nl.properties}), formatted with {@link MessageFormat}; an
 * apostrophe in a pattern is literal.
 */
public final class Labels {
    /** Base name of the bundle. */
    public static final String BUNDLE = "dev.sipdiag.report.Labels";

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The labels of a language sipdiag speaks (en, nl); throws for another. */
    public Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The label, its {0}, {1}, ... replaced by the arguments. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** The label, or {@code fallback} when there is none (for ids the analysis may add later). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** The language, as an ISO 639 code ("en", "nl"). */
    public String language() {
        return locale.getLanguage();
    }

    /** The locale the labels speak. */
    public Locale locale() {
        return locale;
    }
}
