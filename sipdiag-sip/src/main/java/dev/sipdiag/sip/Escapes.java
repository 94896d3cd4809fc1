package dev.sipdiag.sip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** %-escape decoding for URI parts (RFC 3261 §19.1.2, RFC 3986 §2.1). */
public final class Escapes {

    private Escapes() {
    }

    /**
     * Decodes {@code %HH} escapes and reads the bytes as UTF-8 (malformed sequences become U+FFFD). A
     * {@code %} not followed by two hex digits is kept as it is (RFC 4475 §3.1.1.5).
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char l = Character.toLowerCase(c);
        return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
    }
}
