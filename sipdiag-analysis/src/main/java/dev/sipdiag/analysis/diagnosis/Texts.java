package dev.sipdiag.analysis.diagnosis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Finding texts (Findings_en/nl.properties): {@code RULE.message} with {@link MessageFormat} arguments naming the
 * evidence, and {@code RULE.fix} for what to try.
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("dev.sipdiag.analysis.diagnosis.Findings", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key, formatted; a missing key is a bug the completeness test catches. */
    public String get(String key, Object... args) {
        String p = bundle.getString(key);
        return args.length == 0 ? p : new MessageFormat(p, locale).format(args);
    }

    /** Whether the bundle has a key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
