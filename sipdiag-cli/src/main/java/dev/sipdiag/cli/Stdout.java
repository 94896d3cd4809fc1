package dev.sipdiag.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for text and for bytes: a UTF-8 writer with a large buffer (System.out encodes in small
 * pieces), and the byte stream under it for reports already serialized as UTF-8, so they are not decoded and
 * encoded again on their way out.
 */
final class Stdout extends PrintWriter {
    /** Bytes buffered between sipdiag and standard output: reports for big captures are megabytes long. */
    static final int BUFFER = 1 << 16;

    private final OutputStream bytes;
    private final Delivered delivered;

    private Stdout(OutputStream bytes, Delivered delivered) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false);
        this.bytes = bytes;
        this.delivered = delivered;
    }

    static Stdout open() {
        Delivered d = new Delivered(new FileOutputStream(FileDescriptor.out));
        return new Stdout(new BufferedOutputStream(d, BUFFER), d);
    }

    /** Whether any byte has reached standard output itself (not just the buffers in front of it). */
    boolean anythingDelivered() {
        return delivered.count > 0;
    }

    /** Counts what passes to the file descriptor. */
    private static final class Delivered extends java.io.FilterOutputStream {
        long count;

        Delivered(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws java.io.IOException {
            count++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            count += len;
            out.write(b, off, len);
        }
    }

    /** The byte stream, after what was written as text so far has gone into it. */
    OutputStream bytes() {
        flush();
        return bytes;
    }
}
