package dev.sipdiag.capture.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * A stream read through one reusable buffer: callers ask for n contiguous bytes ({@link #ensure}), look at them
 * in {@link #buffer()} from {@link #position()}, then {@link #advance} past them. Never holds more than the
 * buffer's capacity, whatever the input's size. Tracks the input offset of every byte.
 *
 * <p>A damaged compressed input (a gzip stream cut short or corrupt) reads as an early end of input and is
 * remembered in {@link #damage()}, so that everything before the damage is still used.
 */
public final class ByteInput {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private long bufStartOffset;
    private boolean eof;
    private IOException damage;

    public ByteInput(InputStream in, int capacity) {
        this(new byte[0], in, capacity);
    }

    /** An input that starts with {@code prefix} (bytes already taken from {@code in}), then continues with in. */
    public ByteInput(byte[] prefix, InputStream in, int capacity) {
        this.in = in;
        this.buf = new byte[capacity];
        System.arraycopy(prefix, 0, buf, 0, prefix.length);
        this.limit = prefix.length;
    }

    public byte[] buffer() {
        return buf;
    }

    public int position() {
        return pos;
    }

    /** Input offset of the byte at {@link #position()}. */
    public long offset() {
        return bufStartOffset + pos;
    }

    public int available() {
        return limit - pos;
    }

    /** The error that ended a compressed input early, or null. */
    public IOException damage() {
        return damage;
    }

    /**
     * Makes n bytes (n ≤ capacity) contiguous at {@link #position()}.
     *
     * @return false when the input ends first ({@link #available()} then says how many there are)
     */
    public boolean ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (n > buf.length) {
            throw new IllegalArgumentException("ensure(" + n + ") exceeds the buffer");
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStartOffset += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < n && !eof) {
            int r = read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit - pos >= n;
    }

    private int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (EOFException | ZipException e) {
            damage = e;
            return -1;
        }
    }

    public void advance(int n) {
        pos += n;
    }

    /**
     * Skips n bytes, beyond the buffer if need be.
     *
     * @return the bytes skipped: fewer than n only at the end of input
     */
    public long skip(long n) throws IOException {
        long inBuffer = Math.min(n, limit - pos);
        pos += (int) inBuffer;
        long left = n - inBuffer;
        while (left > 0) {
            if (!ensure(1)) {
                break;
            }
            int step = (int) Math.min(left, limit - pos);
            pos += step;
            left -= step;
        }
        return n - left;
    }

    /** Whether no byte is left. */
    public boolean atEnd() throws IOException {
        return !ensure(1);
    }
}
