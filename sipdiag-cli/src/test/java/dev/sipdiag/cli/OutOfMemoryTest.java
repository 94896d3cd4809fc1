package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input that outgrows the heap: sipdiag ends with exit code 5 before writing anything when the launcher can
 * retry, so it can run again with a larger heap; without the retry it ends with the usual message. Runs sipdiag in
 * a JVM of its own with a small heap, on a capture of many calls open at once.
 */
class OutOfMemoryTest {
    /** Unanswered INVITEs, each its own call, all within ten seconds: all open at the end. */
    static final int CALLS = 60_000;
    /** Heap for the child JVM: far too small for that many open calls. */
    static final String HEAP = "40m";

    @TempDir
    Path dir;

    private Path floodCapture() throws IOException {
        Path p = dir.resolve("flood.pcap");
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(p)))) {
            // pcap global header, little-endian, link type 101 (raw IP)
            writeLe(out, 0xa1b2c3d4, 4);
            writeLe(out, 2, 2);
            writeLe(out, 4, 2);
            writeLe(out, 0, 4);
            writeLe(out, 0, 4);
            writeLe(out, 65_535, 4);
            writeLe(out, 101, 4);
            for (int i = 0; i < CALLS; i++) {
                byte[] sip = ("INVITE sip:" + (1000 + i) + "@192.0.2.10 SIP/2.0\r\n"
                        + "Via: SIP/2.0/UDP 198.51.100.66:5070;branch=z9hG4bK-" + i + "\r\n"
                        + "From: <sip:100@192.0.2.10>;tag=t" + i + "\r\nTo: <sip:" + (1000 + i) + "@192.0.2.10>\r\n"
                        + "Call-ID: flood-" + i + "\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] pkt = ipUdp(sip);
                long us = i * (10_000_000L / CALLS);
                writeLe(out, (int) (1_764_374_400L + us / 1_000_000), 4);
                writeLe(out, (int) (us % 1_000_000), 4);
                writeLe(out, pkt.length, 4);
                writeLe(out, pkt.length, 4);
                out.write(pkt);
            }
        }
        return p;
    }

    private static byte[] ipUdp(byte[] payload) {
        int udpLen = 8 + payload.length;
        int total = 20 + udpLen;
        byte[] b = new byte[total];
        b[0] = 0x45;
        b[2] = (byte) (total >> 8);
        b[3] = (byte) total;
        b[8] = 64;
        b[9] = 17;
        byte[] src = {(byte) 198, 51, 100, 66};
        byte[] dst = {(byte) 192, 0, 2, 10};
        System.arraycopy(src, 0, b, 12, 4);
        System.arraycopy(dst, 0, b, 16, 4);
        b[20] = (byte) (5070 >> 8);
        b[21] = (byte) 5070;
        b[22] = (byte) (5060 >> 8);
        b[23] = (byte) 5060;
        b[24] = (byte) (udpLen >> 8);
        b[25] = (byte) udpLen;
        System.arraycopy(payload, 0, b, 28, payload.length);
        return b;
    }

    private static void writeLe(OutputStream out, int v, int bytes) throws IOException {
        for (int i = 0; i < bytes; i++) {
            out.write(v >>> (8 * i));
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run sipdiag(boolean retry, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + HEAP, "-Dsipdiag.heap=" + HEAP, "-Dsipdiag.retry=" + retry, "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void tooManyOpenCallsEndWithExitFiveAndNothingWrittenWhenTheLauncherRetries() throws Exception {
        Path capture = floodCapture();
        Run r = sipdiag(true, "analyze", capture.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("out of memory (heap limit " + HEAP + ")");

        // run without the launcher: the same code, and the message says what to do
        Run noRetry = sipdiag(false, "analyze", capture.toString(), "--format", "json");
        assertThat(noRetry.exit()).as(noRetry.err()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(noRetry.out()).isEmpty();
        assertThat(noRetry.err()).contains("out of memory", "SIPDIAG_HEAP=");
    }
}
