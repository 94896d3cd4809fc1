package dev.sipdiag.sip.body;

import dev.sipdiag.sip.body.internal.Locations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Content-Type value (RFC 3261 §20.15, RFC 2045 §5.1): type and subtype lower-cased, parameter names
 * lower-cased, parameter values unquoted and kept as sent. The parameter map is immutable and keeps input order.
 *
 * <pre>{@code
 * MediaType t = MediaType.parse("multipart/mixed; boundary=\"unique-boundary-1\"");
 * t.isMultipart();   // true
 * t.boundary();      // Optional[unique-boundary-1]
 * }</pre>
 *
 * @param type       top-level type, e.g. {@code application}
 * @param subtype    subtype, e.g. {@code sdp}
 * @param parameters parameters by lower-cased name
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

    /** {@code application/sdp} (RFC 8866 §8.1), the body diagnosis looks for. */
    public static final MediaType APPLICATION_SDP = new MediaType("application", "sdp", Map.of());

    /** What a body part without Content-Type is (RFC 2046 §5.1: {@code text/plain; charset=us-ascii}). */
    public static final MediaType DEFAULT_PART_TYPE = new MediaType("text", "plain", Map.of("charset", "us-ascii"));

    /** Copies {@code parameters}, keeping their order. */
    public MediaType {
        type = type.toLowerCase(Locale.ROOT);
        subtype = subtype.toLowerCase(Locale.ROOT);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Whether type and subtype match, ignoring parameters and case.
     *
     * @param type    e.g. {@code "application"}
     * @param subtype e.g. {@code "sdp"}
     * @return true when both match
     */
    public boolean is(String type, String subtype) {
        return this.type.equalsIgnoreCase(type) && this.subtype.equalsIgnoreCase(subtype);
    }

    /** {@return whether this is {@code application/sdp}} */
    public boolean isSdp() {
        return is("application", "sdp");
    }

    /** {@return whether the top-level type is {@code multipart} (RFC 2046 §5.1)} */
    public boolean isMultipart() {
        return type.equals("multipart");
    }

    /**
     * A parameter by name.
     *
     * @param name parameter name, any case
     * @return its value, unquoted
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /** {@return the {@code boundary} parameter (RFC 2046 §5.1.1)} */
    public Optional<String> boundary() {
        return parameter("boundary");
    }

    /** {@return {@code type/subtype} without parameters} */
    public String essence() {
        return type + "/" + subtype;
    }

    /**
     * Parses a Content-Type header value. Whitespace around {@code / ; =} is allowed, as the SWS of RFC 3261
     * §25.1 allows it; a value with anything else wrong is rejected.
     *
     * @param value the header value, e.g. {@code multipart/mixed;boundary=unique-boundary-1}
     * @return the media type
     * @throws MimeParseException {@link MimeProblem#BAD_MEDIA_TYPE} with the offset into {@code value}, or
     *                            {@link MimeProblem#TOO_MANY_PARAMETERS}
     */
    public static MediaType parse(String value) throws MimeParseException {
        return new Reader(value).mediaType();
    }

    /** {@return {@code type/subtype;name=value...}, values quoted when they are not tokens} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(essence());
        parameters.forEach((k, v) -> {
            sb.append(';').append(k).append('=');
            if (!v.isEmpty() && v.chars().allMatch(Reader::isTokenChar)) {
                sb.append(v);
            } else {
                sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return sb.toString();
    }

    /** The grammar of RFC 2045 §5.1 with RFC 3261 separators; one instance per parse. */
    private static final class Reader {
        private static final String TSPECIALS = "()<>@,;:\\\"/[]?=";

        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        static boolean isTokenChar(int c) {
            return c > 0x20 && c < 0x7f && TSPECIALS.indexOf(c) < 0;
        }

        MediaType mediaType() throws MimeParseException {
            skipWs();
            String type = token("a type such as application");
            skipWs();
            expect('/');
            skipWs();
            String subtype = token("a subtype such as sdp");
            Map<String, String> params = new LinkedHashMap<>();
            skipWs();
            while (i < s.length()) {
                expect(';');
                skipWs();
                if (i == s.length()) {
                    break; // a trailing ';' is common and harmless
                }
                if (params.size() >= BodyLimits.MAX_MEDIA_TYPE_PARAMETERS) {
                    throw error(MimeProblem.TOO_MANY_PARAMETERS,
                            "at most " + BodyLimits.MAX_MEDIA_TYPE_PARAMETERS + " parameters", "more");
                }
                String name = token("a parameter name").toLowerCase(Locale.ROOT);
                skipWs();
                expect('=');
                skipWs();
                String val = i < s.length() && s.charAt(i) == '"' ? quoted() : token("a token or quoted string");
                params.putIfAbsent(name, val);
                skipWs();
            }
            return new MediaType(type, subtype, params);
        }

        private void skipWs() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private String token(String expected) throws MimeParseException {
            int start = i;
            while (i < s.length() && isTokenChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw error(MimeProblem.BAD_MEDIA_TYPE, expected, found());
            }
            return s.substring(start, i);
        }

        private String quoted() throws MimeParseException {
            int start = i;
            i++;
            StringBuilder sb = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                }
                sb.append(c);
            }
            i = start;
            throw error(MimeProblem.BAD_MEDIA_TYPE, "a closing '\"'", "end of value");
        }

        private void expect(char c) throws MimeParseException {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error(MimeProblem.BAD_MEDIA_TYPE, "'" + c + "'", found());
            }
            i++;
        }

        private String found() {
            return i >= s.length() ? "end of value" : "'" + s.charAt(i) + "'";
        }

        private MimeParseException error(MimeProblem p, String expected, String found) {
            String quote = s.length() <= Locations.MAX_QUOTE_LENGTH ? s
                    : s.substring(Math.max(0, i - Locations.MAX_QUOTE_LENGTH / 2),
                    Math.min(s.length(), Math.max(0, i - Locations.MAX_QUOTE_LENGTH / 2)
                            + Locations.MAX_QUOTE_LENGTH));
            return new MimeParseException(p, i, 1, i + 1, expected, found, quote);
        }
    }
}
