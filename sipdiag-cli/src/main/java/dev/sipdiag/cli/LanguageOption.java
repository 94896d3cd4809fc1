package dev.sipdiag.cli;

import dev.sipdiag.status.Explanations;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang en|nl}; without it, the system locale (Dutch for nl), else English. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|nl",
            description = "Language of the texts: en or nl (default: the system locale, else en).")
    String lang;

    /** The language to speak. */
    public Locale locale() {
        if (lang == null) {
            return Explanations.language(Locale.getDefault());
        }
        return Explanations.language(Locale.forLanguageTag(lang));
    }

    /** Validates an explicit --lang value. */
    void validate(picocli.CommandLine cl) {
        if (lang != null && !lang.equals("en") && !lang.equals("nl")) {
            throw new picocli.CommandLine.ParameterException(cl,
                    "--lang takes en or nl; got '" + lang + "'");
        }
    }
}
