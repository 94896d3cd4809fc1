package dev.sipdiag.capture.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteInputTest {
    static byte[] counting(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    /** Hands out at most 7 bytes per read, like a slow pipe. */
    static InputStream trickle(byte[] b) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] buf, int off, int len) {
                return super.read(buf, off, Math.min(len, 7));
            }
        };
    }

    @Test
    void ensureCompactsAndRefillsWhileOffsetsKeepCounting() throws IOException {
        ByteInput in = new ByteInput(trickle(counting(100)), 32);
        assertThat(in.ensure(20)).isTrue();
        in.advance(20);
        assertThat(in.ensure(30)).isTrue();
        assertThat(in.offset()).isEqualTo(20);
        assertThat(in.buffer()[in.position()]).isEqualTo((byte) 20);
        assertThat(in.skip(75)).isEqualTo(75);
        assertThat(in.offset()).isEqualTo(95);
        assertThat(in.ensure(6)).isFalse();
        assertThat(in.available()).isEqualTo(5);
        assertThat(in.skip(10)).isEqualTo(5);
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void askingForMoreThanTheBufferIsABug() {
        ByteInput in = new ByteInput(new ByteArrayInputStream(new byte[0]), 16);
        assertThatThrownBy(() -> in.ensure(17)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prefixComesFirst() throws IOException {
        ByteInput in = new ByteInput(new byte[]{9, 8}, new ByteArrayInputStream(new byte[]{7}), 16);
        assertThat(in.ensure(3)).isTrue();
        assertThat(in.buffer()).startsWith(9, 8, 7);
    }

    @Test
    void damagedCompressedInputEndsEarlyAndIsRemembered() throws IOException {
        InputStream broken = new InputStream() {
            int left = 10;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 1;
                }
                throw new EOFException("Unexpected end of ZLIB input stream");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                int n = Math.min(len, left);
                left -= n;
                return n;
            }
        };
        ByteInput in = new ByteInput(broken, 64);
        assertThat(in.ensure(20)).isFalse();
        assertThat(in.available()).isEqualTo(10);
        assertThat(in.damage()).hasMessageContaining("ZLIB");
    }
}
