package dev.sipdiag.sip.sdp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Grammar rules for the structured fields of RFC 8866 §9: the SP-separated field lists of {@code o= c= b= t= r=
 * z= m=}. Each {@code parseX} reports what is wrong through the {@link SdpReporter} and returns empty (lenient
 * mode) when the field cannot be used at all.
 */
final class SdpFields {

    /** The most characters of a token a report shows. */
    private static final int MAX_FOUND = 40;

    private final byte[] buf;
    private final SdpReporter reporter;

    SdpFields(byte[] buf, SdpReporter reporter) {
        this.buf = buf;
        this.reporter = reporter;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lexical helpers

    /**
     * Splits {@code [from, to)} into tokens separated by one SP, as the RFC 8866 §9 field lists are. Runs of
     * SP or HTAB and leading or trailing whitespace are {@link SdpProblem#EXTRA_WHITESPACE} (reported once).
     *
     * @return start/end pairs, {@code 2 * count} long
     */
    int[] tokens(int from, int to) throws SdpParseException {
        int[] out = new int[2 * countTokens(from, to)]; // exact size: one allocation per line
        int n = 0;
        boolean reported = false;
        int i = from;
        while (i < to) {
            int wsStart = i;
            while (i < to && isWhitespace(buf[i])) {
                i++;
            }
            int ws = i - wsStart;
            boolean irregular = ws > 0 && (wsStart == from || i == to || ws > 1 || buf[wsStart] != ' ');
            if (irregular && !reported) {
                reported = true;
                reporter.report(SdpProblem.EXTRA_WHITESPACE, wsStart, "one SP between fields",
                        "\"" + reporter.text(wsStart, i) + "\"");
            }
            if (i >= to) {
                break;
            }
            int start = i;
            while (i < to && !isWhitespace(buf[i])) {
                i++;
            }
            out[n++] = start;
            out[n++] = i;
        }
        return out;
    }

    private int countTokens(int from, int to) {
        int count = 0;
        boolean inToken = false;
        for (int i = from; i < to; i++) {
            boolean ws = isWhitespace(buf[i]);
            if (!ws && !inToken) {
                count++;
            }
            inToken = !ws;
        }
        return count;
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t';
    }

    /** RFC 8866 §9 token-char. */
    static boolean isTokenChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || (b >= 0x23 && b <= 0x27) || b == '!' || b == '*' || b == '+' || b == '-' || b == '.'
                || (b >= 0x5e && b <= 0x60) || (b >= 0x7b && b <= 0x7e);
    }

    boolean isToken(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isTokenChar(buf[i])) {
                return false;
            }
        }
        return true;
    }

    String str(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    String found(int from, int to) {
        if (from >= to) {
            return "nothing";
        }
        return "\"" + reporter.text(from, Math.min(to, from + MAX_FOUND)) + "\"";
    }

    /**
     * Reads {@code 1*DIGIT} up to 18 digits (so it fits a long).
     *
     * @return the value, or -1 when the range is empty, has a non-digit or is too long
     */
    long digits(int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b < '0' || b > '9') {
                return -1;
            }
            v = v * 10 + (b - '0');
        }
        return v;
    }

    /** Reads a port, 0..65535, or -1. */
    int port(int from, int to) {
        long v = digits(from, to);
        return v >= 0 && v <= 65535 ? (int) v : -1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fields

    /** RFC 8866 §5.1 {@code v=0}. */
    int version(SdpLine l) throws SdpParseException {
        long v = digits(l.valueStart(), l.end());
        if (v != 0) {
            reporter.report(SdpProblem.BAD_VERSION, l.valueStart(), "0", found(l.valueStart(), l.end()));
        }
        return v < 0 || v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    /**
     * RFC 8866 §5.2 {@code o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>}.
     * Lenient: a username with spaces (more than six fields) is rebuilt from the leading fields.
     */
    Optional<Origin> origin(SdpLine l) throws SdpParseException {
        int[] t = tokens(l.valueStart(), l.end());
        int n = t.length / 2;
        if (n < 6) {
            reporter.report(SdpProblem.BAD_ORIGIN, l.valueStart(), "six fields", n + " fields");
            return Optional.empty();
        }
        if (n > 6) {
            reporter.report(SdpProblem.BAD_ORIGIN, t[2], "six fields", n + " fields");
        }
        int u = n - 6; // index of the last username token
        String username = str(t[0], t[2 * u + 1]);
        int idAt = 2 * (u + 1);
        for (int k = idAt; k <= idAt + 2; k += 2) {
            if (!allDigits(t[k], t[k + 1])) {
                reporter.report(SdpProblem.BAD_ORIGIN, t[k], "1*DIGIT", found(t[k], t[k + 1]));
            }
        }
        return Optional.of(new Origin(username, str(t[idAt], t[idAt + 1]), str(t[idAt + 2], t[idAt + 3]),
                str(t[idAt + 4], t[idAt + 5]), str(t[idAt + 6], t[idAt + 7]), str(t[idAt + 8], t[idAt + 9])));
    }

    private boolean allDigits(int from, int to) {
        return allDigits(buf, from, to);
    }

    /** Whether b[from, to) is one or more ASCII digits (also used by {@link SdpSummary}). */
    static boolean allDigits(byte[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** RFC 8866 §5.7 {@code c=<nettype> <addrtype> <connection-address>} for a whole line. */
    Optional<Connection> connection(SdpLine l) throws SdpParseException {
        return connection(l.valueStart(), l.end());
    }

    /**
     * RFC 8866 §5.7 connection data in {@code [from, to)}. The address keeps no suffix; IPv4 multicast needs
     * {@code /ttl[/count]}, IPv6 multicast allows {@code /count}, unicast allows neither.
     */
    Optional<Connection> connection(int from, int to) throws SdpParseException {
        int[] t = tokens(from, to);
        if (t.length != 6) {
            reporter.report(SdpProblem.BAD_CONNECTION, from, "<nettype> <addrtype> <connection-address>",
                    t.length / 2 + " fields");
            if (t.length < 6) {
                return Optional.empty();
            }
        }
        String netType = str(t[0], t[1]);
        String addrType = str(t[2], t[3]);
        int aStart = t[4];
        int aEnd = t[5];
        int slash1 = indexOf('/', aStart, aEnd);
        int addrEnd = slash1 < 0 ? aEnd : slash1;
        String address = str(aStart, addrEnd);
        if (addrEnd == aStart) {
            reporter.report(SdpProblem.BAD_CONNECTION, aStart, "an address", found(aStart, aEnd));
            return Optional.empty();
        }
        boolean multicast = Connection.isMulticast(addrType, address);
        boolean ip4 = addrType.equals("IP4");
        boolean ip6 = addrType.equals("IP6");
        OptionalInt ttl = OptionalInt.empty();
        int count = 1;
        if (ip4 && multicast) {
            if (slash1 < 0) {
                reporter.report(SdpProblem.BAD_CONNECTION, aEnd, "/<ttl> after an IPv4 multicast address",
                        "nothing");
            } else {
                int slash2 = indexOf('/', slash1 + 1, aEnd);
                long v = digits(slash1 + 1, slash2 < 0 ? aEnd : slash2);
                if (v < 0 || v > 255) {
                    reporter.report(SdpProblem.BAD_CONNECTION, slash1 + 1, "a TTL 0..255",
                            found(slash1 + 1, aEnd));
                } else {
                    ttl = OptionalInt.of((int) v);
                }
                if (slash2 >= 0) {
                    count = addressCount(slash2 + 1, aEnd);
                }
            }
        } else if (ip6 && multicast) {
            if (slash1 >= 0) {
                count = addressCount(slash1 + 1, aEnd);
            }
        } else if ((ip4 || ip6) && slash1 >= 0) {
            reporter.report(SdpProblem.BAD_CONNECTION, slash1, "no /<ttl> or /<count> after a unicast address",
                    found(slash1, aEnd));
        }
        return Optional.of(new Connection(netType, addrType, address, ttl, count));
    }

    private int addressCount(int from, int to) throws SdpParseException {
        long v = digits(from, to);
        if (v < 1 || v > Integer.MAX_VALUE) {
            reporter.report(SdpProblem.BAD_CONNECTION, from, "a number of addresses >= 1", found(from, to));
            return 1;
        }
        return (int) v;
    }

    int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 8866 §5.8 {@code b=<bwtype>:<bandwidth>}. */
    Optional<Bandwidth> bandwidth(SdpLine l) throws SdpParseException {
        int colon = indexOf(':', l.valueStart(), l.end());
        if (colon < 0 || !isToken(l.valueStart(), colon)) {
            reporter.report(SdpProblem.BAD_BANDWIDTH, l.valueStart(), "<bwtype>:<bandwidth>",
                    found(l.valueStart(), l.end()));
            return Optional.empty();
        }
        long v = digits(colon + 1, l.end());
        if (v < 0) {
            reporter.report(SdpProblem.BAD_BANDWIDTH, colon + 1, "1*DIGIT", found(colon + 1, l.end()));
            return Optional.empty();
        }
        return Optional.of(new Bandwidth(str(l.valueStart(), colon), v));
    }

    /** RFC 8866 §5.9 {@code t=<start-time> <stop-time>}. */
    Optional<Timing> timing(SdpLine l) throws SdpParseException {
        int[] t = tokens(l.valueStart(), l.end());
        if (t.length != 4) {
            reporter.report(SdpProblem.BAD_TIMING, l.valueStart(), "<start-time> <stop-time>",
                    t.length / 2 + " fields");
            return Optional.empty();
        }
        long start = digits(t[0], t[1]);
        long stop = digits(t[2], t[3]);
        if (start < 0 || stop < 0) {
            int at = start < 0 ? t[0] : t[2];
            reporter.report(SdpProblem.BAD_TIMING, at, "1*DIGIT", found(at, start < 0 ? t[1] : t[3]));
            return Optional.empty();
        }
        return Optional.of(new Timing(start, stop, List.of()));
    }

    /**
     * RFC 8866 §5.10 {@code r=<repeat interval> <active duration> <offsets from start-time>} and §5.11
     * {@code z=<adjustment time> <offset> ...}: checks each field is a typed time (digits with an optional
     * d/h/m/s unit; z= offsets may be negative).
     *
     * @return the value as sent
     */
    String repeatOrZone(SdpLine l) throws SdpParseException {
        int[] t = tokens(l.valueStart(), l.end());
        boolean zone = l.type() == 'z';
        int min = zone ? 4 : 6;
        if (t.length < min || (zone && t.length % 4 != 0)) {
            reporter.report(SdpProblem.BAD_TIMING, l.valueStart(),
                    zone ? "pairs of <adjustment time> <offset>" : "<interval> <duration> <offset>...",
                    t.length / 2 + " fields");
        } else {
            for (int k = 0; k < t.length; k += 2) {
                boolean signed = zone && (k / 2) % 2 == 1;
                if (!typedTime(t[k], t[k + 1], signed)) {
                    reporter.report(SdpProblem.BAD_TIMING, t[k], "a typed time such as 7d or 3600",
                            found(t[k], t[k + 1]));
                    break;
                }
            }
        }
        return str(l.valueStart(), l.end());
    }

    private boolean typedTime(int from, int to, boolean signed) {
        int i = from;
        if (signed && i < to && buf[i] == '-') {
            i++;
        }
        int digitsEnd = i;
        while (digitsEnd < to && buf[digitsEnd] >= '0' && buf[digitsEnd] <= '9') {
            digitsEnd++;
        }
        if (digitsEnd == i) {
            return false;
        }
        return digitsEnd == to || (digitsEnd == to - 1 && "dhms".indexOf(buf[digitsEnd]) >= 0);
    }

    /**
     * The parts of an {@code m=} line (RFC 8866 §5.14): {@code <media> <port>[/<count>] <proto> <fmt> ...}.
     * Port and count are -1 when unreadable.
     */
    record MediaLine(String media, int port, int portCount, String protocol, List<String> formats) {
    }

    MediaLine media(SdpLine l) throws SdpParseException {
        int[] t = tokens(l.valueStart(), l.end());
        int n = t.length / 2;
        if (n - 3 > SdpLimits.MAX_FORMATS) {
            reporter.report(SdpProblem.TOO_MANY_FORMATS, t[6], "at most " + SdpLimits.MAX_FORMATS + " formats",
                    (n - 3) + " formats");
        }
        if (n < 4) {
            reporter.report(SdpProblem.BAD_MEDIA, l.valueStart(), "<media> <port> <proto> <fmt> ...",
                    n + " fields");
        }
        String media = n > 0 ? str(t[0], t[1]) : "";
        if (n > 0 && !isToken(t[0], t[1])) {
            reporter.report(SdpProblem.BAD_MEDIA, t[0], "a media token", found(t[0], t[1]));
        }
        int port = -1;
        int portCount = 1;
        if (n > 1) {
            int slash = indexOf('/', t[2], t[3]);
            port = port(t[2], slash < 0 ? t[3] : slash);
            if (port < 0) {
                reporter.report(SdpProblem.BAD_MEDIA, t[2], "a port 0..65535", found(t[2], t[3]));
            }
            if (slash >= 0) {
                long c = digits(slash + 1, t[3]);
                if (c < 1 || c > 65535) {
                    reporter.report(SdpProblem.BAD_MEDIA, slash + 1, "a port count >= 1", found(slash + 1, t[3]));
                    portCount = -1;
                } else {
                    portCount = (int) c;
                }
            }
        }
        String proto = n > 2 ? str(t[4], t[5]) : "";
        if (n > 2 && !isProto(t[4], t[5])) {
            reporter.report(SdpProblem.BAD_MEDIA, t[4], "a protocol such as RTP/AVP", found(t[4], t[5]));
        }
        List<String> formats = new ArrayList<>(Math.max(0, n - 3));
        for (int k = 3; k < n; k++) {
            int s = t[2 * k];
            int e = t[2 * k + 1];
            if (!isToken(s, e)) {
                reporter.report(SdpProblem.BAD_MEDIA, s, "a format token", found(s, e));
            }
            formats.add(str(s, e));
        }
        return new MediaLine(media, port, portCount, proto, formats);
    }

    /** RFC 8866 §9 {@code proto = token *("/" token)}. */
    private boolean isProto(int from, int to) {
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || buf[i] == '/') {
                if (!isToken(s, i)) {
                    return false;
                }
                s = i + 1;
            }
        }
        return true;
    }
}
