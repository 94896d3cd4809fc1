package dev.sipdiag.status;

/**
 * The six classes of SIP response codes (RFC 3261 §7.2, §21). SIP shares HTTP's first five and adds 6xx,
 * "global failure": the answer holds for every destination the request could reach.
 */
public enum StatusClass {
    /** 1xx: the request is being worked on; never the end of a transaction. */
    PROVISIONAL(1, "1xx"),
    /** 2xx: the request succeeded. */
    SUCCESS(2, "2xx"),
    /** 3xx: try somewhere else (the Contact header says where). */
    REDIRECTION(3, "3xx"),
    /** 4xx: this server will not do it as asked; the request may succeed elsewhere or changed. */
    CLIENT_FAILURE(4, "4xx"),
    /** 5xx: the server failed at a request that may be valid. */
    SERVER_FAILURE(5, "5xx"),
    /** 6xx: no destination will accept the request. */
    GLOBAL_FAILURE(6, "6xx");

    private final int digit;
    private final String label;

    StatusClass(int digit, String label) {
        this.digit = digit;
        this.label = label;
    }

    /** The leading digit, 1 to 6. */
    public int digit() {
        return digit;
    }

    /** "1xx" .. "6xx". */
    public String label() {
        return label;
    }

    /** The lowest code of this class, e.g. 400: what RFC 3261 §8.1.3.2 treats an unknown final code as. */
    public int baseCode() {
        return digit * 100;
    }

    /** Whether responses of this class end a transaction (everything but 1xx). */
    public boolean isFinal() {
        return this != PROVISIONAL;
    }

    /** The class of a code from 100 to 699. */
    public static StatusClass of(int code) {
        if (code < 100 || code > 699) {
            throw new IllegalArgumentException(
                    "SIP status codes run from 100 to 699 (RFC 3261 §7.2); got " + code);
        }
        return values()[code / 100 - 1];
    }

    /** Parses "4xx", "4XX" or "4". */
    public static StatusClass parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("[1-6](xx)?")) {
            return values()[t.charAt(0) - '1'];
        }
        throw new IllegalArgumentException("a status class is 1xx, 2xx, 3xx, 4xx, 5xx or 6xx; got '" + text + "'");
    }
}
