package dev.sipdiag.capture.hep;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Inflates a HEPv3 compressed payload (chunk 0x0010) within {@link HepLimits#MAX_INFLATED_PAYLOAD}. */
final class Inflation {
    private Inflation() {
    }

    /**
     * The inflated octets of buf[off, off+len): gzip (RFC 1952) when it starts with the gzip magic, else a
     * zlib stream (RFC 1950), which some agents send instead.
     *
     * @return the inflated octets, or null when they do not inflate or exceed the limit
     */
    static byte[] inflate(byte[] buf, int off, int len) {
        boolean gzip = len >= 2 && (buf[off] & 0xff) == 0x1f && (buf[off + 1] & 0xff) == 0x8b;
        try (InputStream in = gzip
                ? new GZIPInputStream(new ByteArrayInputStream(buf, off, len))
                : new InflaterInputStream(new ByteArrayInputStream(buf, off, len))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, len * 4));
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (out.size() + n > HepLimits.MAX_INFLATED_PAYLOAD) {
                    return null;
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
