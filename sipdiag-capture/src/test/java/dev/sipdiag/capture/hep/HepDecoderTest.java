package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HepDecoderTest {
    private static final String CAPTURE = "/hep/sngrep-hep3-pkts-sipp.pcap";
    private static final String EXPECTED = "/hep/sngrep-hep3-pkts-sipp.expected.tsv";
    private static final String SIP = "OPTIONS sip:ping@198.51.100.20 SIP/2.0\r\nContent-Length: 0\r\n\r\n";

    private final HepDecoder decoder = new HepDecoder();
    private final List<Problem> problems = new ArrayList<>();

    private static Payload udp(byte[] data) {
        return new Payload(1_800_000_000_000_000_000L, Transport.UDP, new Endpoint("203.0.113.1", 40000),
                new Endpoint("203.0.113.2", 9060), 0, 7, data, "eth/ip/udp", null);
    }

    // ---- real traffic: sngrep's HEP3, checked against the original capture's numbers ----

    static Stream<Arguments> realCapture() throws IOException {
        List<TestPcap.Datagram> datagrams;
        try (InputStream in = HepDecoderTest.class.getResourceAsStream(CAPTURE)) {
            datagrams = TestPcap.udpPayloads(in);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                HepDecoderTest.class.getResourceAsStream(EXPECTED), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        assertThat(datagrams).hasSameSizeAs(rows).hasSize(30);
        return rows.stream().map(row -> Arguments.of(Integer.parseInt(row[0]), row, datagrams.get(Integer.parseInt(row[0]) - 1)));
    }

    @ParameterizedTest(name = "HEP packet {0}")
    @MethodSource("realCapture")
    void decodesRealSngrepHep3LikeTheOriginalCapture(int frame, String[] row, TestPcap.Datagram datagram) throws Exception {
        Payload outer = new Payload(datagram.epochNanos(), Transport.UDP, new Endpoint("127.0.0.1", 45000),
                new Endpoint("127.0.0.1", 9060), 0, frame, datagram.payload(), "eth/ip/udp", null);

        Payload inner = decoder.unwrap(outer, problems::add);

        assertThat(problems).isEmpty();
        assertThat(inner).isNotNull();
        assertThat(inner.source()).isEqualTo(new Endpoint(row[2], Integer.parseInt(row[3])));
        assertThat(inner.destination()).isEqualTo(new Endpoint(row[4], Integer.parseInt(row[5])));
        assertThat(inner.timestampNanos()).isEqualTo(Long.parseLong(row[6]));
        assertThat(inner.data()).hasSize(Integer.parseInt(row[7]));
        assertThat(sha256(inner.data())).isEqualTo(row[8]);
        assertThat(inner.transport()).isEqualTo(Transport.UDP);
        assertThat(inner.encapsulation()).isEqualTo("eth/ip/udp/hep3");
        assertThat(inner.frameNumber()).isEqualTo(frame);
        assertThat(inner.timestampNanos()).isNotEqualTo(outer.timestampNanos());
    }

    @Test
    void realPacketDetailsIncludeSngrepsCaptureAgentIdAndSipProtocolType() throws IOException {
        TestPcap.Datagram first;
        try (InputStream in = HepDecoderTest.class.getResourceAsStream(CAPTURE)) {
            first = TestPcap.udpPayloads(in).getFirst();
        }
        HepResult.Decoded decoded = (HepResult.Decoded) HepDecoder.decode(first.payload(), 0, first.payload().length);
        assertThat(decoded.packet().protocolType()).isEqualTo(HepPacket.PROTOCOL_TYPE_SIP);
        assertThat(decoded.packet().captureAgentId()).isEqualTo(0x07d20000L);
        assertThat(decoded.packet().ipFamily()).isEqualTo(4);
        assertThat(decoded.packet().ipProtocol()).isEqualTo(17);
        assertThat(decoded.length()).isEqualTo(first.payload().length);
    }

    // ---- crafted HEP3 ----

    @Test
    void hep3CarriesAddressesPortsTimeAndPayload() {
        Payload inner = decoder.unwrap(udp(HepBuilder.sipUdp(SIP).build()), problems::add);

        assertThat(problems).isEmpty();
        assertThat(inner.source()).isEqualTo(new Endpoint("192.0.2.10", 5060));
        assertThat(inner.destination()).isEqualTo(new Endpoint("198.51.100.20", 5080));
        assertThat(inner.timestampNanos()).isEqualTo(1_732_875_072_123_456_000L);
        assertThat(inner.transport()).isEqualTo(Transport.UDP);
        assertThat(new String(inner.data(), StandardCharsets.UTF_8)).isEqualTo(SIP);
        assertThat(inner.correlationId()).isNull();
        assertThat(inner.interfaceId()).isZero();
        assertThat(inner.frameNumber()).isEqualTo(7);
    }

    @Test
    void hep3OverIpv6AndTcpWithCorrelationId() {
        byte[] packet = HepBuilder.hep3().u8(0x01, 10).u8(0x02, 6)
                .ipv6(0x05, "2001:db8:0:0:0:0:0:10").ipv6(0x06, "2001:db8:0:1:0:0:0:20")
                .u16(0x07, 5061).u16(0x08, 49152).u32(0x09, 1L).u32(0x0a, 2L)
                .text(0x11, "call-7f3a@192.0.2.10").bytes(0x0f, SIP.getBytes(StandardCharsets.UTF_8)).build();

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(problems).isEmpty();
        assertThat(inner.source()).isEqualTo(new Endpoint("2001:db8::10", 5061));
        assertThat(inner.destination()).isEqualTo(new Endpoint("2001:db8:0:1::20", 49152));
        assertThat(inner.transport()).isEqualTo(Transport.TCP);
        assertThat(inner.correlationId()).isEqualTo("call-7f3a@192.0.2.10");
        assertThat(inner.timestampNanos()).isEqualTo(1_000_002_000L);
    }

    @Test
    void gzipCompressedPayloadIsInflated() {
        byte[] packet = HepBuilder.hep3().ipv4(0x03, "192.0.2.1").ipv4(0x04, "192.0.2.2")
                .u16(0x07, 5060).u16(0x08, 5060).gzip(0x10, SIP).build();

        HepResult.Decoded decoded = (HepResult.Decoded) HepDecoder.decode(packet, 0, packet.length);

        assertThat(new String(decoded.packet().payload(), StandardCharsets.UTF_8)).isEqualTo(SIP);
        assertThat(decoded.packet().compressed()).isTrue();
    }

    @Test
    void zlibCompressedPayloadIsInflatedToo() {
        byte[] packet = HepBuilder.hep3().ipv4(0x03, "192.0.2.1").ipv4(0x04, "192.0.2.2")
                .u16(0x07, 5060).u16(0x08, 5060).zlib(0x10, SIP).build();

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(new String(inner.data(), StandardCharsets.UTF_8)).isEqualTo(SIP);
    }

    @Test
    void withoutTimeChunksTheOuterTimeIsKept() {
        byte[] packet = HepBuilder.hep3().ipv4(0x03, "192.0.2.1").ipv4(0x04, "192.0.2.2")
                .u16(0x07, 5060).u16(0x08, 5060).text(0x0f, SIP).build();

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(inner.timestampNanos()).isEqualTo(1_800_000_000_000_000_000L);
        assertThat(inner.transport()).isEqualTo(Transport.UNKNOWN);
    }

    @Test
    void unknownAndVendorChunksAreSkippedByLength() {
        byte[] packet = HepBuilder.sipUdp(SIP).chunk(0x0000, 0x0020, new byte[] {1, 2, 3, 4})
                .chunk(0x0003, 0x0fff, "kamailio-private".getBytes(StandardCharsets.US_ASCII)).build();

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(problems).isEmpty();
        assertThat(new String(inner.data(), StandardCharsets.UTF_8)).isEqualTo(SIP);
    }

    @Test
    void twoOctetCaptureAgentIdAndAuthKeyAreKept() {
        byte[] packet = HepBuilder.sipUdp(SIP).u16(0x0c, 42).text(0x0e, "secret").build();

        HepPacket hep = ((HepResult.Decoded) HepDecoder.decode(packet, 0, packet.length)).packet();

        assertThat(hep.captureAgentId()).isEqualTo(42);
        assertThat(new String(hep.authKey(), StandardCharsets.US_ASCII)).isEqualTo("secret");
    }

    @Test
    void wrongSizedFixedChunkIsIgnoredWithAWarning() {
        byte[] packet = HepBuilder.sipUdp(SIP).chunk(0, 0x07, new byte[] {0x13, (byte) 0xc4, 0}).build();

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(inner.source().port()).isEqualTo(5060);
        assertThat(problems).extracting(Problem::reason).containsExactly("hep-bad-chunk-size");
        assertThat(problems.getFirst().frameNumber()).isEqualTo(7);
    }

    @Test
    void nonSipProtocolTypesAreStillUnwrapped() {
        byte[] packet = HepBuilder.sipUdp("{\"type\":200}").u8(0x0b, 5).build();

        HepResult.Decoded decoded = (HepResult.Decoded) HepDecoder.decode(packet, 0, packet.length);

        assertThat(decoded.packet().protocolType()).isEqualTo(5);
    }

    @Test
    void transportFollowsTheIpProtocol() {
        assertThat(HepDecoder.transportOf(17)).isEqualTo(Transport.UDP);
        assertThat(HepDecoder.transportOf(6)).isEqualTo(Transport.TCP);
        assertThat(HepDecoder.transportOf(132)).isEqualTo(Transport.SCTP);
        assertThat(HepDecoder.transportOf(22)).isEqualTo(Transport.TLS);
        assertThat(HepDecoder.transportOf(-1)).isEqualTo(Transport.UNKNOWN);
    }

    // ---- HEPv1 / v2 ----

    @Test
    void hep2CarriesLittleEndianTime() {
        byte[] packet = HepBuilder.hepV2(2, "192.0.2.10", 5060, "198.51.100.20", 5062, 17, 1732875072L, 654321L, 77, SIP);

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(problems).isEmpty();
        assertThat(inner.source()).isEqualTo(new Endpoint("192.0.2.10", 5060));
        assertThat(inner.destination()).isEqualTo(new Endpoint("198.51.100.20", 5062));
        assertThat(inner.timestampNanos()).isEqualTo(1_732_875_072_654_321_000L);
        assertThat(inner.encapsulation()).isEqualTo("eth/ip/udp/hep2");
        assertThat(new String(inner.data(), StandardCharsets.UTF_8)).isEqualTo(SIP);
    }

    @Test
    void hep1OverIpv6HasNoTimeSoTheOuterTimeIsKept() {
        byte[] packet = HepBuilder.hepV2(1, "2001:db8::1", 5060, "2001:db8::2", 5060, 6, 0, 0, 0, SIP);

        Payload inner = decoder.unwrap(udp(packet), problems::add);

        assertThat(inner.source()).isEqualTo(new Endpoint("2001:db8::1", 5060));
        assertThat(inner.transport()).isEqualTo(Transport.TCP);
        assertThat(inner.timestampNanos()).isEqualTo(1_800_000_000_000_000_000L);
        assertThat(inner.encapsulation()).isEqualTo("eth/ip/udp/hep1");
    }

    // ---- not HEP ----

    static Stream<Arguments> notHep() {
        return Stream.of(
                Arguments.of("SIP", SIP.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty", new byte[0]),
                Arguments.of("STUN binding request", new byte[] {0, 1, 0, 0, 0x21, 0x12, (byte) 0xa4, 0x42, 1, 2, 3, 4}),
                Arguments.of("STUN success response", new byte[] {1, 1, 0, 0, 0x21, 0x12, (byte) 0xa4, 0x42, 1, 2, 3, 4}),
                Arguments.of("version 2 with a header length that fits no family", new byte[] {2, 20, 2, 17, 0, 0, 0, 0}),
                Arguments.of("RTP", new byte[] {(byte) 0x80, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1}),
                Arguments.of("HEP without the 3", "HEP".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notHep")
    void otherPayloadsAreNotHep(String name, byte[] data) {
        assertThat(decoder.unwrap(udp(data), problems::add)).isNull();
        assertThat(problems).isEmpty();
    }

    // ---- damaged: each names the reason and offset it expects ----

    static Stream<Arguments> damaged() {
        byte[] ok = HepBuilder.sipUdp(SIP).build();
        HepBuilder tooMany = HepBuilder.sipUdp(SIP);
        for (int i = 0; i < HepLimits.MAX_CHUNKS; i++) {
            tooMany.chunk(0, 0x0020, new byte[0]);
        }
        byte[] noPayload = HepBuilder.hep3().ipv4(0x03, "192.0.2.1").ipv4(0x04, "192.0.2.2").u16(0x07, 1).u16(0x08, 2).build();
        byte[] noDestination = HepBuilder.hep3().ipv4(0x03, "192.0.2.1").u16(0x07, 1).u16(0x08, 2).text(0x0f, SIP).build();
        byte[] noPorts = HepBuilder.hep3().ipv4(0x03, "192.0.2.1").ipv4(0x04, "192.0.2.2").text(0x0f, SIP).build();
        return Stream.of(
                // lengths
                Arguments.of("magic only", "HEP3".getBytes(StandardCharsets.US_ASCII), "hep-truncated-header", 4),
                Arguments.of("total length below header", HepBuilder.sipUdp(SIP).totalLength(5).build(), "hep-bad-length", 4),
                Arguments.of("total length past end", HepBuilder.sipUdp(SIP).totalLength(ok.length + 1).build(), "hep-length-past-end", 4),
                Arguments.of("packet cut short", java.util.Arrays.copyOf(ok, ok.length - 10), "hep-length-past-end", 4),
                // chunks
                Arguments.of("zero-length chunk", HepBuilder.hep3().u8(0x01, 2).rawChunk(0, 0x02, 0, new byte[0]).build(), "hep-bad-chunk-length", 13),
                Arguments.of("chunk past end", HepBuilder.hep3().u8(0x01, 2).rawChunk(0, 0x0f, 200, new byte[] {'x'}).build(), "hep-chunk-past-end", 13),
                Arguments.of("leftover octets", HepBuilder.hep3().u8(0x01, 2).raw((byte) 0, (byte) 0, (byte) 0).build(), "hep-truncated-chunk", 13),
                Arguments.of("too many chunks", tooMany.build(), "hep-too-many-chunks", ok.length + 6 * (HepLimits.MAX_CHUNKS - 11)),
                // missing fields
                // missing fields are reported at the packet's end, where they were last looked for
                Arguments.of("no payload", noPayload, "hep-missing-field", noPayload.length),
                Arguments.of("no destination address", noDestination, "hep-missing-field", noDestination.length),
                Arguments.of("no ports", noPorts, "hep-missing-field", noPorts.length),
                // compression
                Arguments.of("compressed payload that is not", HepBuilder.sipUdp(SIP).text(0x10, "not deflate data").build(), "hep-bad-compressed-payload", ok.length),
                // v2
                Arguments.of("HEPv2 without its time block", java.util.Arrays.copyOf(HepBuilder.hepV2(2, "192.0.2.1", 1, "192.0.2.2", 2, 17, 0, 0, 0, ""), 20), "hep-truncated-header", 20));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("damaged")
    void damagedHepIsReportedWithReasonAndOffsetNeverThrown(String name, byte[] data, String reason, int offset) {
        Payload inner = decoder.unwrap(udp(data), problems::add);

        assertThat(inner).isNull();
        assertThat(problems).hasSize(1);
        Problem problem = problems.getFirst();
        assertThat(problem.reason()).isEqualTo(reason);
        assertThat(problem.byteOffset()).isEqualTo(offset);
        assertThat(problem.frameNumber()).isEqualTo(7);
        assertThat(problem.message()).isNotBlank();
    }

    @Test
    void trailingOctetsAfterAPacketAreAWarningNotAFailure() {
        byte[] ok = HepBuilder.sipUdp(SIP).build();
        byte[] padded = java.util.Arrays.copyOf(ok, ok.length + 4);

        Payload inner = decoder.unwrap(udp(padded), problems::add);

        assertThat(inner).isNotNull();
        assertThat(problems).extracting(Problem::reason, Problem::byteOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hep-trailing-data", (long) ok.length));
    }

    private static String sha256(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
