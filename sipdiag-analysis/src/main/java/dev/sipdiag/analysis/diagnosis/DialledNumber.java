package dev.sipdiag.analysis.diagnosis;

import java.util.Locale;

/**
 * What can be told about a dialled number from its digits alone: which format it is written in (E.164 with
 * "+", international with "00", Dutch national with "0", a short extension, a name) and what looks wrong with it.
 * Dutch numbers get the closest look: a Dutch subscriber number is 9 digits after the country code 31 (ITU-T
 * E.164 assignment for the Netherlands), so "+31" + 9, "0031" + 9 or "0" + 9 digits.
 *
 * @param dialled the user part as dialled (visual separators kept)
 * @param digits  the digits and a leading "+" only
 * @param kind    the format or problem, a resource-bundle key suffix ({@code numbering.number.KIND})
 * @param e164    the number in E.164 ("+31201234567") when it can be derived, else null
 */
record DialledNumber(String dialled, String digits, Kind kind, String e164) {

    /** Digits of a Dutch national significant number (after 31 or the trunk prefix 0). */
    static final int NL_SIGNIFICANT_DIGITS = 9;
    /** ITU-T E.164 §6: at most 15 digits including the country code. */
    static final int E164_MAX_DIGITS = 15;
    /** Numbers this short are extensions or service numbers, not public numbers. */
    static final int SHORT_MAX_DIGITS = 6;

    /** The formats and problems a number can have; the ids are resource-bundle key suffixes. */
    enum Kind {
        /** No digits at all: a user name such as "bob". */
        NAME,
        /** Spaces, dashes, dots or brackets between the digits. */
        SEPARATORS,
        /** Letters or other characters mixed into the digits. */
        CHARACTERS,
        /** +31 followed by the wrong number of digits. */
        NL_E164_LENGTH,
        /** A complete Dutch number in E.164. */
        NL_E164,
        /** 0031 followed by a Dutch number: international format with the 00 prefix. */
        NL_INTERNATIONAL,
        /** 31 + 9 digits without "+" or "00". */
        NL_MISSING_PLUS,
        /** 0 + the wrong number of digits. */
        NL_NATIONAL_LENGTH,
        /** A complete Dutch national number (0 + 9 digits). */
        NL_NATIONAL,
        /** "+" followed by more than 15 digits. */
        E164_TOO_LONG,
        /** A foreign number in E.164. */
        E164,
        /** 00 + a foreign number. */
        INTERNATIONAL,
        /** A short number: an extension or service number. */
        SHORT,
        /** Digits with no prefix that tells the country or trunk. */
        UNQUALIFIED;

        /** The key suffix: "nl-e164-length", ... */
        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The user part of a sip:, sips: or tel: URI (parameters dropped), or the text itself. */
    static String userOf(String uri) {
        if (uri == null) {
            return null;
        }
        String s = uri.strip();
        int colon = s.indexOf(':');
        if (colon >= 0 && colon <= 4) {
            s = s.substring(colon + 1);
        }
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        } else if (uri.regionMatches(true, 0, "sip", 0, 3)) {
            return null; // sip:host with no user part
        }
        int semi = s.indexOf(';');
        return semi >= 0 ? s.substring(0, semi) : s;
    }

    static DialledNumber of(String dialled) {
        String d = dialled == null ? "" : dialled;
        StringBuilder digits = new StringBuilder();
        boolean separators = false;
        boolean other = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && digits.isEmpty()) {
                digits.append(c);
            } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
                separators = true;
            } else if (c == '%' && i + 2 < d.length() && d.startsWith("20", i + 1)) {
                separators = true; // an escaped space (RFC 3261 §19.1.2)
                i += 2;
            } else if (c != '*' && c != '#') {
                other = true;
            }
        }
        String n = digits.toString();
        int count = n.startsWith("+") ? n.length() - 1 : n.length();
        if (count == 0) {
            return new DialledNumber(d, n, Kind.NAME, null);
        }
        if (other) {
            return new DialledNumber(d, n, Kind.CHARACTERS, null);
        }
        DialledNumber plain = classify(d, n, count);
        if (separators) {
            return new DialledNumber(d, n, Kind.SEPARATORS, plain.e164);
        }
        return plain;
    }

    private static DialledNumber classify(String d, String n, int count) {
        if (n.startsWith("+31")) {
            String nsn = n.substring(3);
            return nsn.length() == NL_SIGNIFICANT_DIGITS ? new DialledNumber(d, n, Kind.NL_E164, n)
                    : new DialledNumber(d, n, Kind.NL_E164_LENGTH, null);
        }
        if (n.startsWith("+")) {
            return count > E164_MAX_DIGITS ? new DialledNumber(d, n, Kind.E164_TOO_LONG, null)
                    : new DialledNumber(d, n, Kind.E164, n);
        }
        if (n.startsWith("0031")) {
            String nsn = n.substring(4);
            return nsn.length() == NL_SIGNIFICANT_DIGITS ? new DialledNumber(d, n, Kind.NL_INTERNATIONAL, "+31" + nsn)
                    : new DialledNumber(d, n, Kind.NL_E164_LENGTH, null);
        }
        if (n.startsWith("00")) {
            return new DialledNumber(d, n, Kind.INTERNATIONAL, "+" + n.substring(2));
        }
        if (n.startsWith("0")) {
            String nsn = n.substring(1);
            return nsn.length() == NL_SIGNIFICANT_DIGITS ? new DialledNumber(d, n, Kind.NL_NATIONAL, "+31" + nsn)
                    : new DialledNumber(d, n, Kind.NL_NATIONAL_LENGTH, null);
        }
        if (count <= SHORT_MAX_DIGITS) {
            return new DialledNumber(d, n, Kind.SHORT, null);
        }
        if (n.startsWith("31") && n.length() == 2 + NL_SIGNIFICANT_DIGITS) {
            return new DialledNumber(d, n, Kind.NL_MISSING_PLUS, "+" + n);
        }
        return new DialledNumber(d, n, Kind.UNQUALIFIED, null);
    }

    /** Count of digits, the "+" not counted. */
    int digitCount() {
        return digits.startsWith("+") ? digits.length() - 1 : digits.length();
    }
}
