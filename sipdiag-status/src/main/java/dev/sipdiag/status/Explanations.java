package dev.sipdiag.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of explanations, in English and Dutch, read from resource bundles under
 * {@code dev/sipdiag/status/texts/}. Per code N the bundles hold {@code N.meaning}, {@code N.sender},
 * {@code N.cause.1..k} ({@code category|text}), {@code N.action.1..k}, {@code N.retry} and optionally
 * {@code N.note}; the same keys under {@code class.4xx.} serve codes without texts of their own, and
 * {@code wild.N.} adds what is known of unregistered codes seen on the wire.
 */
public final class Explanations {

    /** The languages sipdiag speaks. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    /** The bundles that together make the catalogue; a key lives in exactly one of them. */
    static final List<String> BUNDLES = List.of(
            "dev.sipdiag.status.texts.Codes100to399",
            "dev.sipdiag.status.texts.Codes400to439",
            "dev.sipdiag.status.texts.Codes440to699");

    private static final Map<String, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private Explanations() {
    }

    /** The supported language closest to the locale: Dutch for any "nl" locale, English otherwise. */
    public static Locale language(Locale requested) {
        return requested != null && "nl".equals(requested.getLanguage()) ? LANGUAGES.get(1) : Locale.ENGLISH;
    }

    /** All texts of one language as one map (merged bundles). */
    static Map<String, String> texts(Locale language) {
        return TEXTS.computeIfAbsent(language(language).getLanguage(), lang -> {
            Map<String, String> all = new HashMap<>();
            ResourceBundle.Control noFallback =
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            for (String base : BUNDLES) {
                ResourceBundle rb;
                try {
                    rb = ResourceBundle.getBundle(base, Locale.forLanguageTag(lang), noFallback);
                } catch (MissingResourceException e) {
                    continue; // a missing bundle shows up as missing keys, which the tests catch
                }
                for (String k : rb.keySet()) {
                    all.put(k, rb.getString(k));
                }
            }
            return Map.copyOf(all);
        });
    }

    /**
     * Explains a code in a language. A code without texts of its own gets its class's texts
     * ({@link Explanation#classLevel()} is then true).
     *
     * @throws MissingResourceException if the catalogue lacks a required text (a packaging bug)
     */
    public static Explanation explain(SipStatus status, Locale language) {
        Locale lang = language(language);
        Map<String, String> t = texts(lang);
        String prefix = status.code() + ".";
        boolean classLevel = !t.containsKey(prefix + "meaning");
        if (classLevel) {
            prefix = "class." + status.statusClass().label() + ".";
        }
        List<Explanation.Cause> causes = new ArrayList<>();
        for (String c : numbered(t, prefix + "cause.")) {
            int bar = c.indexOf('|');
            if (bar < 0) {
                throw new MissingResourceException("cause without 'category|' in " + prefix, "Explanations", prefix);
            }
            causes.add(new Explanation.Cause(Category.fromId(c.substring(0, bar).trim()), c.substring(bar + 1).trim()));
        }
        String meaning = required(t, prefix + "meaning");
        String sender = required(t, prefix + "sender");
        if (classLevel) {
            String wild = t.get("wild." + status.code() + ".meaning");
            if (wild != null) {
                meaning = wild + " " + meaning;
                sender = t.getOrDefault("wild." + status.code() + ".sender", sender);
            }
        }
        return new Explanation(status, lang, meaning, sender, List.copyOf(causes),
                numbered(t, prefix + "action."), required(t, prefix + "retry"), t.get(prefix + "note"),
                Verdict.of(status), classLevel);
    }

    /** The label of a category, e.g. "Router SIP-ALG". */
    public static String categoryLabel(Category category, Locale language) {
        return required(texts(language), "category." + category.id());
    }

    /** One sentence on what a category means for a user. */
    public static String categoryHelp(Category category, Locale language) {
        return required(texts(language), "category." + category.id() + ".help");
    }

    private static List<String> numbered(Map<String, String> t, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; t.containsKey(prefix + i); i++) {
            out.add(t.get(prefix + i));
        }
        return List.copyOf(out);
    }

    private static String required(Map<String, String> t, String key) {
        String v = t.get(key);
        if (v == null || v.isBlank()) {
            throw new MissingResourceException("no text for " + key, "Explanations", key);
        }
        return v;
    }
}
