package dev.sipdiag.analysis.input;

import java.util.Locale;

/** What an input file is; {@code --input-format} names one to skip detection. */
public enum InputFormat {
    /** Detect from the content (the default). */
    AUTO,
    /** libpcap, µs or ns, either byte order (gzip-compressed or not). */
    PCAP,
    /** pcapng (gzip-compressed or not). */
    PCAPNG,
    /** A text log: the log format is detected from the content, or named with {@code --input-format log:NAME}. */
    LOG;

    public static InputFormat parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("log")) {
            return LOG;
        }
        return valueOf(t.toUpperCase(Locale.ROOT));
    }
}
