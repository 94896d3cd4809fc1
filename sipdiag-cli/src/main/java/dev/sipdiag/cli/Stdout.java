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

    private Stdout(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false);
        this.bytes = bytes;
    }

    static Stdout open() {
        return new Stdout(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER));
    }

    /** The byte stream, after what was written as text so far has gone into it. */
    OutputStream bytes() {
        flush();
        return bytes;
    }
}
