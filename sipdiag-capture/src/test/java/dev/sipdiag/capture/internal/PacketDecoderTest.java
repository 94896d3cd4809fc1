package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.build.Pcap;
import dev.sipdiag.capture.build.Packets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Each link type decoded down to the same UDP payload. */
class PacketDecoderTest {
    static final byte[] SIP = sip("OPTIONS", "link", "");
    static final byte[] V4 = ipv4("192.0.2.1", "192.0.2.2", UDP, udp(5060, 5062, SIP));
    static final byte[] V6 = ipv6("2001:db8::1", "2001:db8::2", UDP, udp(5060, 5062, SIP));

    static Stream<Arguments> linkTypes() {
        return Stream.of(
                Arguments.of("ethernet", 1, ethernet(V4), "eth/ip/udp"),
                Arguments.of("ethernet ipv6", 1, ethernet(V6), "eth/ip6/udp"),
                Arguments.of("802.1Q", 1, vlanEthernet(new int[]{0x8100}, V4), "eth/vlan/ip/udp"),
                Arguments.of("802.1ad + 802.1Q", 1, vlanEthernet(new int[]{0x88A8, 0x8100}, V6), "eth/vlan/vlan/ip6/udp"),
                Arguments.of("linux sll", 113, sll(ETH_IPV4, V4), "sll/ip/udp"),
                Arguments.of("linux sll2", 276, sll2(ETH_IPV6, V6), "sll2/ip6/udp"),
                Arguments.of("raw 101 v4", 101, V4, "raw/ip/udp"),
                Arguments.of("raw 101 v6", 101, V6, "raw/ip6/udp"),
                Arguments.of("raw ipv4 228", 228, V4, "raw/ip/udp"),
                Arguments.of("raw ipv6 229", 229, V6, "raw/ip6/udp"),
                Arguments.of("null little-endian", 0, loopback(2, false, V4), "null/ip/udp"),
                Arguments.of("null big-endian", 0, loopback(2, true, V4), "null/ip/udp"),
                Arguments.of("null ipv6 (darwin 30)", 0, loopback(30, false, V6), "null/ip6/udp"),
                Arguments.of("null ipv6 (freebsd 28)", 0, loopback(28, true, V6), "null/ip6/udp"),
                Arguments.of("loop", 108, loopback(2, true, V4), "null/ip/udp"),
                Arguments.of("ppp", 9, ppp(0x0021, V4), "ppp/ip/udp"),
                Arguments.of("ppp ipv6", 9, ppp(0x0057, V6), "ppp/ip6/udp"),
                Arguments.of("mpls", 1, ethernet(0x8847, concat(new byte[]{0, 1, 0x11, 64}, V4)), "eth/mpls/ip/udp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linkTypes")
    void decodesLinkType(String name, int linkType, byte[] frame, String encapsulation) {
        var c = Collected.read(Pcap.of(linkType).packet(5_000, frame).toBytes());
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).singleElement().satisfies(p -> {
            assertThat(p.data()).isEqualTo(SIP);
            assertThat(p.encapsulation()).isEqualTo(encapsulation);
            assertThat(p.source().port()).isEqualTo(5060);
            assertThat(p.destination().port()).isEqualTo(5062);
        });
        Payload p = c.payloads().get(0);
        assertThat(p.source().address()).isIn("192.0.2.1", "2001:db8::1");
        assertThat(c.stats().frames(FrameOutcome.UDP_PAYLOAD)).isEqualTo(1);
    }

    @Test
    void unsupportedLinkTypeIsCountedByNameAndReportedOnce() {
        var c = Collected.read(Pcap.of(105).packet(1, new byte[40]).packet(2, new byte[40]).toBytes());
        assertThat(c.stats().unsupportedLinkTypes()).containsEntry("LINKTYPE_IEEE802_11 (105)", 2L);
        assertThat(c.stats().frames(FrameOutcome.UNSUPPORTED_LINK_TYPE)).isEqualTo(2);
        assertThat(c.reasons()).containsExactly("unsupported-linktype");
    }

    @Test
    void nonIpFramesAreNamed() {
        byte[] arp = ethernet(0x0806, new byte[28]);
        byte[] lldp = ethernet(0x88CC, new byte[20]);
        var c = Collected.read(Pcap.ethernet().packet(1, arp).packet(2, lldp).packet(3, arp).toBytes());
        assertThat(c.stats().nonIp()).containsEntry("ARP", 2L).containsEntry("LLDP", 1L);
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void shortEthernetIsMalformedAndReported() {
        var c = Collected.read(Pcap.ethernet().packet(1, new byte[10]).toBytes());
        assertThat(c.stats().malformed()).containsEntry("short-header", 1L);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.frameNumber()).isEqualTo(1);
            assertThat(p.byteOffset()).isEqualTo(24);
        });
    }

    @Test
    void snaplenCutFrameIsTruncated() {
        byte[] frame = ethernet(V4);
        var c = Collected.read(Pcap.ethernet().packet(1, Packets.slice(frame, 0, 60), frame.length).toBytes());
        assertThat(c.payloads()).isEmpty();
        assertThat(c.stats().frames(FrameOutcome.TRUNCATED)).isEqualTo(1);
        assertThat(c.reasons()).containsExactly("truncated-packet");
    }

    @Test
    void ethernetPaddingIsNotPartOfThePayload() {
        byte[] tiny = ipv4("192.0.2.1", "192.0.2.2", UDP, udp(1, 2, ascii("x")));
        var c = Collected.read(Pcap.ethernet().packet(1, concat(ethernet(tiny), new byte[20])).toBytes());
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.data()).isEqualTo(ascii("x")));
    }
}
