package dev.sipdiag.capture.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The little SIP knowledge a log reader needs to find where a message starts and ends: the start line and
 * Content-Length. No parsing beyond that; the SIP module parses what is delivered.
 *
 * <p>A message is rebuilt from its lines with CRLF line endings, as on the wire (RFC 3261 §7: "CRLF" ends every
 * start line and header line and the header block), whatever ending the log used; so Content-Length counts
 * match when the original message used CRLF.
 */
final class SipFraming {
    /*
     * RFC 3261 §25.1: Request-Line = Method SP Request-URI SP SIP-Version CRLF, Method a token;
     * Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF. The version is compared without case,
     * as the grammar's literal strings are (RFC 3261 §25, RFC 2234 §2.3).
     */
    private static final Pattern REQUEST_LINE =
            Pattern.compile("[A-Za-z0-9!%'*+\\-.^_`~]+ \\S+ (?i:SIP/2\\.0)");
    private static final Pattern STATUS_LINE = Pattern.compile("(?i:SIP/2\\.0) [1-6][0-9][0-9]( .*)?");
    private static final byte[] CRLF = {'\r', '\n'};

    private SipFraming() {
    }

    /** Whether {@code line} is a SIP Request-Line or Status-Line. */
    static boolean isStartLine(String line) {
        return line.length() >= 11 && (STATUS_LINE.matcher(line).matches() || REQUEST_LINE.matcher(line).matches());
    }

    /** How a message was recovered, or why not. */
    sealed interface Framed {
        /** A whole message; {@code lines} of the input were used (later ones are not part of it). */
        record Message(byte[] data, int lines) implements Framed {
        }

        /** The first line is not a SIP start line. */
        record NotSip(String firstLine) implements Framed {
        }

        /**
         * The message was cut short.
         *
         * @param key    "log-truncated-headers" or "log-truncated-body"
         * @param detail octets present and expected (body) or 0
         */
        record Truncated(String key, int present, int expected) implements Framed {
        }
    }

    /**
     * Rebuilds a message from the lines a record holds (leading blank lines skipped).
     *
     * <p>Headers run to the first empty line. The body is then as long as Content-Length says; lines beyond it
     * are not part of the message. Without Content-Length, the body is all remaining lines less trailing blank
     * ones. Cut short: no empty line after the headers (unless {@code closed} and Content-Length is 0), or
     * fewer body octets than Content-Length, or, when {@code expectedLength} is known (a log that states the
     * message size), fewer octets than that, allowing one octet of slack per line (white space a log trimmed).
     *
     * @param closed         whether the record ended at an explicit end-of-record mark (not end of input or
     *                       the start of another record)
     * @param expectedLength the size the log states for the message, or -1
     */
    static Framed frame(List<String> lines, boolean closed, int expectedLength) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size() || !isStartLine(lines.get(i))) {
            return new Framed.NotSip(i == lines.size() ? "" : lines.get(i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        int contentLength = -1;
        int headerEnd = -1;
        for (int j = i; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                headerEnd = j;
                break;
            }
            if (j > i) {
                int value = contentLength(line);
                if (value >= 0) {
                    contentLength = value;
                }
            }
            append(out, line);
        }
        if (headerEnd < 0) {
            if (closed && contentLength == 0) {
                out.writeBytes(CRLF);
                return checked(out.toByteArray(), lines.size(), lines.size() - i, expectedLength);
            }
            return new Framed.Truncated("log-truncated-headers", 0, 0);
        }
        out.writeBytes(CRLF);
        int used = headerEnd + 1;
        if (contentLength >= 0) {
            int body = 0;
            while (body < contentLength && used < lines.size()) {
                byte[] line = lines.get(used).getBytes(StandardCharsets.ISO_8859_1);
                int take = Math.min(line.length, contentLength - body);
                out.write(line, 0, take);
                body += take;
                if (body < contentLength) {
                    int crlf = Math.min(2, contentLength - body);
                    out.write(CRLF, 0, crlf);
                    body += crlf;
                }
                used++;
            }
            if (body < contentLength) {
                return new Framed.Truncated("log-truncated-body", body, contentLength);
            }
        } else {
            int last = lines.size();
            while (last > used && lines.get(last - 1).isBlank()) {
                last--;
            }
            for (; used < last; used++) {
                append(out, lines.get(used));
            }
            used = lines.size();
        }
        return checked(out.toByteArray(), used, used - i, expectedLength);
    }

    private static Framed checked(byte[] data, int used, int lineCount, int expectedLength) {
        if (expectedLength >= 0 && data.length + lineCount < expectedLength) {
            return new Framed.Truncated("log-truncated-body", data.length, expectedLength);
        }
        return new Framed.Message(data, used);
    }

    /** The Content-Length (or compact "l", RFC 3261 §7.3.3) value of a header line, or -1. */
    static int contentLength(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return -1;
        }
        String name = line.substring(0, colon).trim();
        if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("l")) {
            return -1;
        }
        String value = line.substring(colon + 1).trim();
        if (value.isEmpty() || value.length() > 9) {
            return -1;
        }
        for (int k = 0; k < value.length(); k++) {
            if (value.charAt(k) < '0' || value.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(value);
    }

    private static void append(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(CRLF);
    }
}
