package dev.sipdiag.capture.build;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growable byte sink with big- and little-endian writers, for building test captures. */
public final class Bin {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean bigEndian;

    public Bin() {
        this(true);
    }

    public Bin(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    public Bin u8(int v) {
        out.write(v);
        return this;
    }

    public Bin u16(int v) {
        if (bigEndian) {
            out.write(v >> 8);
            out.write(v);
        } else {
            out.write(v);
            out.write(v >> 8);
        }
        return this;
    }

    public Bin u32(long v) {
        if (bigEndian) {
            u16((int) (v >>> 16) & 0xFFFF).u16((int) v & 0xFFFF);
        } else {
            u16((int) v & 0xFFFF).u16((int) (v >>> 16) & 0xFFFF);
        }
        return this;
    }

    public Bin u64(long v) {
        if (bigEndian) {
            u32(v >>> 32).u32(v & 0xFFFF_FFFFL);
        } else {
            u32(v & 0xFFFF_FFFFL).u32(v >>> 32);
        }
        return this;
    }

    public Bin bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    public Bin ascii(String s) {
        return bytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public Bin zeros(int n) {
        for (int i = 0; i < n; i++) {
            out.write(0);
        }
        return this;
    }

    /** Pads with zeros to a multiple of {@code n}. */
    public Bin pad(int n) {
        while (out.size() % n != 0) {
            out.write(0);
        }
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }
}
