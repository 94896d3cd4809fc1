package dev.sipdiag.capture;

import java.nio.charset.StandardCharsets;

/**
 * A minimal test-side framer for text messages shaped like SIP or HTTP: a start line, headers up to an empty
 * line, then Content-Length (or "l") bytes of body. Leading CRLFs are a keep-alive. Bytes that do not begin a
 * start line ("TOKEN ... SIP/2.0" or "SIP/2.0 ...", or an HTTP line) are skipped up to the next line.
 */
public final class TestFramer implements StreamFramer {
    @Override
    public int frame(byte[] buf, int off, int len) {
        int crlf = 0;
        while (crlf < len && (buf[off + crlf] == '\r' || buf[off + crlf] == '\n')) {
            crlf++;
        }
        if (crlf > 0) {
            return crlf;
        }
        int lineEnd = indexOf(buf, off, off + len, "\r\n");
        if (lineEnd < 0) {
            return len > 8_192 ? -len : NEED_MORE;
        }
        String line = new String(buf, off, lineEnd - off, StandardCharsets.ISO_8859_1);
        if (!isStartLine(line)) {
            return -(lineEnd + 2 - off);
        }
        int headerEnd = indexOf(buf, off, off + len, "\r\n\r\n");
        if (headerEnd < 0) {
            return NEED_MORE;
        }
        long bodyLength = 0;
        for (String header : new String(buf, off, headerEnd - off, StandardCharsets.ISO_8859_1).split("\r\n")) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                String name = header.substring(0, colon).trim();
                if (name.equalsIgnoreCase("Content-Length") || name.equals("l")) {
                    String value = header.substring(colon + 1).trim();
                    if (!value.matches("[0-9]{1,9}")) {
                        return -(lineEnd + 2 - off); // not a usable message: skip its start line
                    }
                    bodyLength = Long.parseLong(value);
                }
            }
        }
        long total = headerEnd + 4 - off + bodyLength;
        return total <= len ? (int) total : NEED_MORE;
    }

    static boolean isStartLine(String line) {
        return line.startsWith("SIP/2.0 ") || line.startsWith("HTTP/1.") || line.matches("[A-Z]+ \\S+ (SIP/2\\.0|HTTP/1\\.[01])");
    }

    /** Whether a payload starts with a SIP start line. */
    public static boolean isSip(byte[] data) {
        int end = indexOf(data, 0, data.length, "\r\n");
        if (end < 0) {
            return false;
        }
        String line = new String(data, 0, end, StandardCharsets.ISO_8859_1);
        return line.startsWith("SIP/2.0 ") || line.matches("[A-Z]+ \\S+ SIP/2\\.0");
    }

    private static int indexOf(byte[] b, int from, int to, String s) {
        byte[] n = s.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= to - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (b[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
