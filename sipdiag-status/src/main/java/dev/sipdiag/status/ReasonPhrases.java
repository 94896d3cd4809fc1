package dev.sipdiag.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the status code a reason phrase names, the way people and stacks really write them.
 *
 * <p>Matching ignores case, white space, hyphens, dashes and punctuation, so "Request – URI Too Long",
 * "request-uri too long" and "RequestURITooLong" are one phrase. Besides the canonical phrases it knows
 * the variants seen in the wild: the provider overview page's spellings ("Moved Temprarily", "Request Timed
 * Out"), HTTP-flavoured ones ("Gateway Time-out", "Internal Server Error") and those of common SIP stacks.
 * A phrase that fits several codes ("Not Acceptable": 406 and 606) is reported as ambiguous.
 *
 * <pre>{@code
 * ReasonPhrases.lookup("busy here")        // Match[codes=[486]]
 * ReasonPhrases.lookup("Not Acceptable")   // Match[codes=[406, 606]] -> ambiguous()
 * ReasonPhrases.lookup("banana")           // Match[codes=[]]        -> unknown()
 * }</pre>
 */
public final class ReasonPhrases {

    /** The result of a lookup: the codes the phrase names, most canonical first. */
    public record Match(String phrase, List<SipStatus> codes) {
        /** Exactly one code fits. */
        public boolean unique() {
            return codes.size() == 1;
        }

        /** Several codes fit; the caller must pick by code. */
        public boolean ambiguous() {
            return codes.size() > 1;
        }

        /** No code fits. */
        public boolean unknown() {
            return codes.isEmpty();
        }
    }

    /*
     * Variants seen in real traffic and documentation. Sources of the facts: the provider overview page
     * (shared seed), the phrase tables of pjsip, sofia-sip, resiprocate, JAIN-SIP, drachtio, sngrep and pkts
     * as surveyed in the reference table, HTTP's phrases where stacks borrowed them (RFC 9110 §15), and
     * RFC 4474's names of codes RFC 8224 renamed.
     */
    private static final Object[][] VARIANTS = {
        {183, "Session in Progress"},
        {202, "Accepted"},
        {302, "Moved Temprarily"},          // overview page spelling
        {302, "Moved Temporary"},
        {302, "Found"},                     // HTTP's name for 302
        {403, "Stale Date"},                // RFC 8224 §6.2.2 suggested phrase
        {408, "Request Timed Out"},         // overview page
        {408, "Request Time-out"},
        {413, "Payload Too Large"},
        {413, "Request Entity Too Big"},
        {414, "Request URI Too Large"},
        {414, "URI Too Long"},
        {416, "Unsupported URI Type"},      // overview page
        {421, "Etension Required"},         // misspelling shipped by a stack
        {422, "Session Timer Too Small"},   // overview page
        {422, "Session Interval Too Short"},
        {423, "Registration Too Brief"},
        {436, "Bad Identity-Info"},         // RFC 4474 name
        {437, "Unsupported Certificate"},   // RFC 4474 name
        {439, "Stale Date"},                // sofia-sip sends this phrase with 439
        {480, "Temporarily Not Available"},
        {480, "Unavailable"},
        {481, "Call Leg/Transaction Does Not Exist"}, // RFC 2543 name
        {481, "Call Does Not Exist"},
        {481, "Transaction Does Not Exist"},
        {486, "Busy"},
        {486, "User Busy"},
        {487, "Request Cancelled"},
        {487, "Request Canceled"},
        {487, "Terminated"},
        {488, "Not Acceptable Media"},
        {500, "Internal Server Error"},
        {500, "Server Error"},
        {500, "Internal Error"},
        {503, "Service Temporarily Unavailable"},
        {504, "Server Timeout"},
        {504, "Server Time Out"},           // overview page
        {504, "Gateway Time-out"},
        {504, "Gateway Timeout"},
        {505, "SIP Version Not Supported"},
        {505, "Version Not Supported"},
        {513, "Message Too Big"},
        {600, "Busy Everywhere"},
        {603, "Declined"},
        {604, "Does Not Exist"},
        {606, "Not Acceptable Anywhere"},
    };

    private static final Map<String, List<SipStatus>> INDEX = build();

    private ReasonPhrases() {
    }

    private static Map<String, List<SipStatus>> build() {
        Map<String, Set<SipStatus>> index = new HashMap<>();
        for (SipStatus s : SipStatus.all()) {
            index.computeIfAbsent(normalize(s.reasonPhrase()), k -> new LinkedHashSet<>()).add(s);
        }
        // "Accepted (Deprecated)": the registry's name carries its status in brackets; stacks send "Accepted".
        for (Object[] v : VARIANTS) {
            index.computeIfAbsent(normalize((String) v[1]), k -> new LinkedHashSet<>())
                    .add(SipStatus.valueOf((Integer) v[0]));
        }
        Map<String, List<SipStatus>> out = new HashMap<>();
        index.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /**
     * Reduces a phrase to lower-case letters and digits: case, spaces, hyphens, en/em dashes and punctuation
     * do not tell phrases apart.
     */
    static String normalize(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The codes a phrase names: one, several (ambiguous) or none. */
    public static Match lookup(String phrase) {
        List<SipStatus> codes = INDEX.get(normalize(phrase));
        if (codes == null) {
            codes = List.of();
        }
        List<SipStatus> sorted = new ArrayList<>(codes);
        // A canonical phrase wins over a variant that happens to equal it (e.g. "Stale Date" stays ambiguous
        // because neither 403 nor 439 has it as canonical phrase; "Not Acceptable" is canonical for 406 only).
        sorted.sort((a, b) -> {
            boolean ca = normalize(a.reasonPhrase()).equals(normalize(phrase));
            boolean cb = normalize(b.reasonPhrase()).equals(normalize(phrase));
            return ca == cb ? a.compareTo(b) : (ca ? -1 : 1);
        });
        return new Match(phrase, List.copyOf(sorted));
    }

    /** Whether the phrase is the canonical one for the code, after normalisation. */
    public static boolean isCanonical(SipStatus status, String phrase) {
        return status.reasonPhrase() != null && normalize(status.reasonPhrase()).equals(normalize(phrase));
    }
}
