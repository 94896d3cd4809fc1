package dev.sipdiag.capture;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How {@link CaptureReader} turns packets into payloads.
 *
 * @param framers     makes one {@link StreamFramer} per TCP direction (framers may keep state); the default
 *                    delivers whatever bytes are contiguous, unframed
 * @param unwrappers  applied in order to each UDP payload; the first that recognises it supplies the payload
 *                    delivered instead (e.g. HEP)
 * @param locale      language of {@link Problem#message()} (English or Dutch)
 */
public record CaptureOptions(Supplier<StreamFramer> framers, List<PayloadUnwrapper> unwrappers, Locale locale) {
    /** Copies the list; nothing may be null. */
    public CaptureOptions {
        Objects.requireNonNull(framers, "framers");
        unwrappers = List.copyOf(unwrappers);
        Objects.requireNonNull(locale, "locale");
    }

    /** Unframed TCP, no unwrappers, English problems. */
    public static CaptureOptions defaults() {
        return new CaptureOptions(() -> (buf, off, len) -> len, List.of(), Locale.ENGLISH);
    }

    /** These options with a framer made per TCP direction by {@code framers}. */
    public CaptureOptions withFramers(Supplier<StreamFramer> framers) {
        return new CaptureOptions(framers, unwrappers, locale);
    }

    /** These options with {@code unwrappers} applied to UDP payloads. */
    public CaptureOptions withUnwrappers(List<PayloadUnwrapper> unwrappers) {
        return new CaptureOptions(framers, unwrappers, locale);
    }

    /** These options with problem messages in {@code locale}. */
    public CaptureOptions withLocale(Locale locale) {
        return new CaptureOptions(framers, unwrappers, locale);
    }
}
