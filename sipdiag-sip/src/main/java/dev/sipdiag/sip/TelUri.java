package dev.sipdiag.sip;

/**
 * A tel URI (RFC 3966): a telephone number and its parameters.
 *
 * @param number the telephone-subscriber as written (visual separators and escapes kept)
 * @param global whether the number is global ({@code +} and digits)
 * @param params the parameters, e.g. {@code phone-context}
 * @param text   the URI as written
 */
public record TelUri(String number, boolean global, Parameters params, String text) implements Uri {

    @Override
    public String scheme() {
        return "tel";
    }

    /** The number with visual separators ({@code - . ( )}) removed and escapes decoded. */
    public String digits() {
        String d = Escapes.decode(number);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c != '-' && c != '.' && c != '(' && c != ')') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The {@code phone-context} parameter, or null. */
    public String phoneContext() {
        return params.get("phone-context");
    }
}
