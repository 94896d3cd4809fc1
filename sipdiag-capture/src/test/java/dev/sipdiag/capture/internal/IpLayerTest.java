package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.build.Pcap;
import org.junit.jupiter.api.Test;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class IpLayerTest {
    static final byte[] SIP = sip("OPTIONS", "ip", "");

    static Collected one(byte[] ipPacket) {
        return Collected.read(Pcap.of(101).packet(1, ipPacket).toBytes());
    }

    @Test
    void ipv4OptionsAreSkipped() {
        byte[] options = {(byte) 0x94, 4, 0, 0, 1, 0, 0, 0}; // router alert, then NOPs/end
        Collected c = one(ipv4("192.0.2.1", "192.0.2.2", UDP, 7, 0, false, options, udp(1, 2, SIP)));
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.data()).isEqualTo(SIP));
    }

    @Test
    void ipv6ExtensionHeadersAreFollowed() {
        byte[] udp = udp(5060, 5060, SIP);
        byte[] packet = ipv6("2001:db8::1", "2001:db8:0:0:1::2", 0,
                concat(ipv6Options(60, new byte[0]), ipv6Options(UDP, new byte[0]), udp));
        Collected c = one(packet);
        assertThat(c.payloads()).singleElement().satisfies(p -> {
            assertThat(p.data()).isEqualTo(SIP);
            assertThat(p.source().address()).isEqualTo("2001:db8::1");
            assertThat(p.destination().address()).isEqualTo("2001:db8::1:0:0:2");
            assertThat(p.source().toString()).isEqualTo("[2001:db8::1]:5060");
        });
    }

    @Test
    void otherProtocolsAreCountedByName() {
        Collected c = Collected.read(Pcap.of(101)
                .packet(1, ipv4("192.0.2.1", "192.0.2.2", 1, new byte[8]))
                .packet(2, ipv6("2001:db8::1", "2001:db8::2", 58, new byte[8]))
                .packet(3, ipv4("192.0.2.1", "192.0.2.2", 132, new byte[12]))
                .packet(4, ipv4("192.0.2.1", "192.0.2.2", 50, new byte[12]))
                .toBytes());
        assertThat(c.stats().unsupportedProtocols()).containsEntry("ICMP", 1L).containsEntry("ICMPv6", 1L)
                .containsEntry("SCTP", 1L);
        assertThat(c.stats().frames(FrameOutcome.ENCRYPTED)).isEqualTo(1);
        assertThat(c.accountedFor()).isTrue();
    }

    @Test
    void ipInIp() {
        byte[] inner4 = ipv4("10.0.0.1", "10.0.0.2", UDP, udp(1, 2, SIP));
        byte[] inner6 = ipv6("fd00::1", "fd00::2", UDP, udp(1, 2, SIP));
        Collected c = Collected.read(Pcap.of(101)
                .packet(1, ipv4("192.0.2.1", "192.0.2.2", 4, inner4))
                .packet(2, ipv4("192.0.2.1", "192.0.2.2", 41, inner6))
                .packet(3, ipv6("2001:db8::1", "2001:db8::2", 4, inner4))
                .toBytes());
        assertThat(c.payloads()).map(p -> p.encapsulation() + " " + p.source().address())
                .containsExactly("raw/ip/ip/udp 10.0.0.1", "raw/ip/ip6/udp fd00::1", "raw/ip6/ip/udp 10.0.0.1");
    }

    @Test
    void malformedHeadersAreNamed() {
        byte[] badIhl = ipv4("192.0.2.1", "192.0.2.2", UDP, udp(1, 2, SIP));
        badIhl[0] = 0x43;
        byte[] badUdp = ipv4("192.0.2.1", "192.0.2.2", UDP, new byte[]{0, 1, 0, 2, 0, 4, 0, 0});
        byte[] longUdp = ipv4("192.0.2.1", "192.0.2.2", UDP, new byte[]{0, 1, 0, 2, 0, 40, 0, 0, 1, 2});
        Collected c = Collected.read(Pcap.of(101).packet(1, badIhl).packet(2, badUdp).packet(3, longUdp).toBytes());
        assertThat(c.stats().malformed()).containsEntry("bad-ipv4-header", 1L).containsEntry("bad-udp-header", 1L)
                .containsEntry("short-header", 1L);
        assertThat(c.problems()).extracting(p -> p.frameNumber()).containsExactly(1L, 2L, 3L);
    }
}
