package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.Bytes;
import dev.sipdiag.sip.internal.Layout;

import java.nio.charset.StandardCharsets;

/**
 * One header field of a message: a view on the message's bytes (nothing is copied until asked for).
 * {@link #value()} undoes line folding (RFC 3261 §7.3.1: a line break followed by whitespace is one space);
 * {@link #rawBytes()} gives the field exactly as received, name to line end.
 */
public final class SipHeader {

    /** HeaderName.values() copies the array on every call. */
    private static final HeaderName[] NAMES = HeaderName.values();

    private final Layout l;
    private final int index;

    SipHeader(Layout l, int index) {
        this.l = l;
        this.index = index;
    }

    private int at(int field) {
        return l.h[index * Layout.STRIDE + field];
    }

    /** The name as written, e.g. {@code v} or {@code VIA}. */
    public String name() {
        return name(l, index);
    }

    static String name(Layout l, int index) {
        int s = l.h[index * Layout.STRIDE + Layout.LINE_START];
        return new String(l.buf, s, l.h[index * Layout.STRIDE + Layout.NAME_END] - s, StandardCharsets.ISO_8859_1);
    }

    /** The known header this is (compact forms resolved), or null for an extension header. */
    public HeaderName headerName() {
        return headerName(l, index);
    }

    static HeaderName headerName(Layout l, int index) {
        int k = l.h[index * Layout.STRIDE + Layout.KIND];
        return k == 0 ? null : NAMES[k - 1];
    }

    /** The value with folding undone and surrounding whitespace trimmed, decoded as UTF-8. */
    public String value() {
        return value(l, index);
    }

    static String value(Layout l, int index) {
        int vs = l.h[index * Layout.STRIDE + Layout.VALUE_START];
        int ve = l.h[index * Layout.STRIDE + Layout.VALUE_END];
        String raw = new String(l.buf, vs, ve - vs, StandardCharsets.UTF_8);
        // only a folded value holds a line break; the byte scan looks at eight bytes at a time
        if (Bytes.indexOfLf(l.buf, vs, ve) == ve) {
            return raw;
        }
        return raw.replaceAll("[ \t]*\r?\n[ \t]*", " ");
    }

    /** The whole field as received, including continuation lines and the final line break. */
    public byte[] rawBytes() {
        int s = at(Layout.LINE_START);
        return java.util.Arrays.copyOfRange(l.buf, s, at(Layout.FIELD_END));
    }

    /** Offset of the field's first byte from the start of the message. */
    public int offset() {
        return at(Layout.LINE_START) - l.start;
    }

    /** Offset of the value's first byte from the start of the message. */
    public int valueOffset() {
        return at(Layout.VALUE_START) - l.start;
    }

    /** Position of this header in the message (0-based). */
    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return name() + ": " + value();
    }
}
