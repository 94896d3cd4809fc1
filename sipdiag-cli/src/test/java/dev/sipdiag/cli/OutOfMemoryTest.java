package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.report.HtmlReport;
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
 * Memory, in a JVM of its own with a small heap. An input that outgrows the heap (many calls open at once): sipdiag
 * ends with exit code 5 before writing anything when the launcher can retry, so it can run again with a larger
 * heap; without the retry it ends with the usual message. A long input of calls one after the other fits in that
 * heap in every format, the HTML and Markdown reports included.
 */
class OutOfMemoryTest {
    /** Unanswered INVITEs, each its own call, all within ten seconds: all open at the end. */
    static final int CALLS = 60_000;
    /** Heap for the child JVM: far too small for that many open calls. */
    static final String HEAP = "40m";
    /**
     * Calls one after the other, a second apart, each refused at once (486): few open at a time, but more than
     * {@link #HEAP} could hold if a report kept every call (about 1 KB each).
     */
    static final int SEQUENTIAL_CALLS = 60_000;

    @TempDir
    Path dir;

    private Path floodCapture() throws IOException {
        Path p = dir.resolve("flood.pcap");
        try (OutputStream out = pcap(p)) {
            for (int i = 0; i < CALLS; i++) {
                record(out, i * (10_000_000L / CALLS), "INVITE sip:" + (1000 + i) + "@192.0.2.10 SIP/2.0\r\n"
                        + "Via: SIP/2.0/UDP 198.51.100.66:5070;branch=z9hG4bK-" + i + "\r\n"
                        + "From: <sip:100@192.0.2.10>;tag=t" + i + "\r\nTo: <sip:" + (1000 + i) + "@192.0.2.10>\r\n"
                        + "Call-ID: flood-" + i + "\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n");
            }
        }
        return p;
    }

    private Path sequentialCapture() throws IOException {
        Path p = dir.resolve("sequential.pcap");
        try (OutputStream out = pcap(p)) {
            for (int i = 0; i < SEQUENTIAL_CALLS; i++) {
                String user = Integer.toString(1000 + i % 9000);
                String dialog = "From: <sip:100@192.0.2.10>;tag=t" + i + "\r\nTo: <sip:" + user
                        + "@192.0.2.10>%s\r\nCall-ID: seq-" + i + "\r\nCSeq: 1 %s\r\nContent-Length: 0\r\n\r\n";
                String via = "Via: SIP/2.0/UDP 198.51.100.66:5070;branch=z9hG4bK-" + i + "\r\n";
                long us = i * 1_000_000L;
                record(out, us, "INVITE sip:" + user + "@192.0.2.10 SIP/2.0\r\n" + via + dialog.formatted("", "INVITE"));
                record(out, us + 20_000, "SIP/2.0 486 Busy Here\r\n" + via + dialog.formatted(";tag=b" + i, "INVITE"));
                record(out, us + 40_000, "ACK sip:" + user + "@192.0.2.10 SIP/2.0\r\n" + via
                        + dialog.formatted(";tag=b" + i, "ACK"));
            }
        }
        return p;
    }

    /** A pcap file, little-endian, link type 101 (raw IP), its global header written. */
    private static OutputStream pcap(Path p) throws IOException {
        OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p));
        writeLe(out, 0xa1b2c3d4, 4);
        writeLe(out, 2, 2);
        writeLe(out, 4, 2);
        writeLe(out, 0, 4);
        writeLe(out, 0, 4);
        writeLe(out, 65_535, 4);
        writeLe(out, 101, 4);
        return out;
    }

    /** One SIP message in a UDP datagram, 198.51.100.66:5070 to 192.0.2.10:5060, us µs after 2025-11-29 00:00 UTC. */
    private static void record(OutputStream out, long us, String sip) throws IOException {
        byte[] pkt = ipUdp(sip.getBytes(StandardCharsets.US_ASCII));
        writeLe(out, (int) (1_764_374_400L + us / 1_000_000), 4);
        writeLe(out, (int) (us % 1_000_000), 4);
        writeLe(out, pkt.length, 4);
        writeLe(out, pkt.length, 4);
        out.write(pkt);
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
        assertThat(r.err()).contains("out of memory (heap limit " + HEAP + ")", "simultaneous calls");

        // run without the launcher: the same code, and the message says what to do
        Run noRetry = sipdiag(false, "analyze", capture.toString(), "--format", "json");
        assertThat(noRetry.exit()).as(noRetry.err()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(noRetry.out()).isEmpty();
        assertThat(noRetry.err()).contains("out of memory", "SIPDIAG_HEAP=");
    }

    @Test
    void sharedReportsOfALongCaptureFitTheSameSmallHeap() throws Exception {
        Path capture = sequentialCapture();
        Path html = dir.resolve("report.html");
        Run r = sipdiag(false, "analyze", capture.toString(), "--format", "html", "-o", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String page = Files.readString(html);
        // every call is a row of the table (its Call-ID as a JSON string); 500 are drawn
        assertThat(page.split("\"seq-", -1)).hasSize(SEQUENTIAL_CALLS + 1);
        assertThat(page.split("<article class=\"call\"", -1)).hasSize(HtmlReport.MAX_LADDERS + 1);

        Path md = dir.resolve("report.md");
        r = sipdiag(false, "analyze", capture.toString(), "--format", "md", "-o", md.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(md)).contains("| busy | 60000 |", "| Calls | 60,000 |");
    }
}
