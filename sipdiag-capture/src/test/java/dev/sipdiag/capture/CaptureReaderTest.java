package dev.sipdiag.capture;

import dev.sipdiag.capture.build.Pcap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class CaptureReaderTest {
    static byte[] smallCapture() {
        return Pcap.ethernet()
                .packet(1_000_000_000L, ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(5060, 5060, sip("OPTIONS", "a", "")))))
                .packet(2_000_000_000L, ethernet(ipv4("192.0.2.2", "192.0.2.1", UDP, udp(5060, 5060, sip("OPTIONS", "b", "")))))
                .toBytes();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "a1b2c3d4, PCAP", "d4c3b2a1, PCAP", "a1b23c4d, PCAP", "4d3cb2a1, PCAP",
            "0a0d0d0a, PCAPNG", "1f8b0800, GZIP", "1f8b, GZIP",
            "494e5649, UNKNOWN", "a1b2, UNKNOWN", "00000000, UNKNOWN"})
    void detectsByMagic(String hex, CaptureFormat expected) {
        assertThat(CaptureReader.detect(HexFormat.of().parseHex(hex))).isEqualTo(expected);
    }

    @Test
    void gzipIsReadLikeThePlainFile() throws IOException {
        Collected plain = Collected.read(smallCapture());
        Collected zipped = Collected.read(gzip(smallCapture()));
        assertThat(zipped.payloads()).hasSize(2);
        assertThat(zipped.payloads()).map(p -> new String(p.data())).isEqualTo(plain.payloads().stream().map(p -> new String(p.data())).toList());
        assertThat(zipped.stats()).isEqualTo(plain.stats());
    }

    @Test
    void gzipCutShortKeepsWhatCameBefore() throws IOException {
        Pcap pcap = Pcap.ethernet();
        for (int i = 0; i < 200; i++) {
            pcap.packet(i * 1_000_000L, ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(5060, 5060, sip("OPTIONS", "c" + i, "")))));
        }
        byte[] z = gzip(pcap.toBytes());
        Collected c = Collected.read(java.util.Arrays.copyOf(z, z.length / 2));
        assertThat(c.payloads().size()).isBetween(50, 199);
        assertThat(c.reasons()).contains("bad-gzip");
    }

    @Test
    void notACaptureIsReportedAtOffsetZero() {
        Collected c = Collected.read(ascii("INVITE sip:bob@example.com SIP/2.0\r\n"));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("bad-magic");
            assertThat(p.byteOffset()).isZero();
            assertThat(p.message()).contains("494e5649");
        });
        assertThat(c.stats().frames()).isZero();
    }

    @Test
    void emptyInputIsNotACapture() {
        assertThat(Collected.read(new byte[0]).reasons()).containsExactly("bad-magic");
    }

    @Test
    void readsAFileByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("two.pcap.gz");
        Files.write(file, gzip(smallCapture()));
        long[] n = {0};
        CaptureStats stats = CaptureReader.read(file.toString(), CaptureOptions.defaults(), p -> n[0]++);
        assertThat(n[0]).isEqualTo(2);
        assertThat(stats.udpPayloads()).isEqualTo(2);
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(gzip(smallCapture())));
            long[] n = {0};
            CaptureReader.read("-", CaptureOptions.defaults(), p -> n[0]++);
            assertThat(n[0]).isEqualTo(2);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void problemsSpeakDutchWhenAsked() {
        Collected c = Collected.read(new ByteArrayInputStream(ascii("nope")),
                CaptureOptions.defaults().withLocale(Locale.forLanguageTag("nl")));
        assertThat(c.problems().get(0).message()).startsWith("Geen pcap-");
    }

    @Test
    void payloadCarriesAddressesTimeAndFrame() {
        Payload p = Collected.read(smallCapture()).payloads().get(1);
        assertThat(p.source()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(p.destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(p.timestampNanos()).isEqualTo(2_000_000_000L);
        assertThat(p.frameNumber()).isEqualTo(2);
        assertThat(p.transport()).isEqualTo(Transport.UDP);
        assertThat(p.encapsulation()).isEqualTo("eth/ip/udp");
        assertThat(p.interfaceId()).isZero();
    }

    @Test
    void unwrapperReplacesTheDatagram() {
        PayloadUnwrapper upper = (outer, problems) -> new String(outer.data()).startsWith("OPTIONS sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKb")
                ? new Payload(outer.timestampNanos(), Transport.TCP, outer.source(), outer.destination(), 0,
                outer.frameNumber(), ascii("inner"), outer.encapsulation() + "/test", "cid")
                : null;
        Collected c = Collected.read(new ByteArrayInputStream(smallCapture()),
                CaptureOptions.defaults().withUnwrappers(java.util.List.of(upper)));
        assertThat(c.payloads()).map(Payload::encapsulation).containsExactly("eth/ip/udp", "eth/ip/udp/test");
        assertThat(c.payloads().get(1).correlationId()).isEqualTo("cid");
    }
}
