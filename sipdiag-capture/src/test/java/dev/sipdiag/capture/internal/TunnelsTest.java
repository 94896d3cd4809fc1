package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;
import dev.sipdiag.capture.build.Bin;
import dev.sipdiag.capture.build.Pcap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class TunnelsTest {
    static final byte[] SIP = sip("MESSAGE", "tun", "hello");
    static final byte[] INNER4 = ipv4("10.1.1.1", "10.1.1.2", UDP, udp(5060, 5060, SIP));
    static final byte[] INNER6 = ipv6("fd00::1", "fd00::2", UDP, udp(5060, 5060, SIP));

    static byte[] outer(int protocol, byte[] payload) {
        return ethernet(ipv4("192.0.2.1", "192.0.2.2", protocol, payload));
    }

    static byte[] outerUdp(int port, byte[] payload) {
        return outer(UDP, udp(33_000, port, payload));
    }

    static Stream<Arguments> tunnels() {
        return Stream.of(
                Arguments.of("GRE ipv4", outer(47, gre(0x0800, null, INNER4)), "eth/ip/gre/ip/udp"),
                Arguments.of("GRE ipv6 with sequence", outer(47, gre(0x86DD, 7L, INNER6)), "eth/ip/gre/ip6/udp"),
                Arguments.of("GRE ethernet", outer(47, gre(0x6558, null, ethernet(INNER4))), "eth/ip/gre/eth/ip/udp"),
                Arguments.of("ERSPAN I", outer(47, gre(0x88BE, null, ethernet(INNER4))), "eth/ip/gre/erspan1/eth/ip/udp"),
                Arguments.of("ERSPAN II", outer(47, gre(0x88BE, 1L, erspan2(ethernet(INNER4)))), "eth/ip/gre/erspan2/eth/ip/udp"),
                Arguments.of("ERSPAN III", outer(47, gre(0x22EB, 1L, erspan3(false, ethernet(INNER4)))), "eth/ip/gre/erspan3/eth/ip/udp"),
                Arguments.of("ERSPAN III platform", outer(47, gre(0x22EB, 1L, erspan3(true, ethernet(INNER6)))), "eth/ip/gre/erspan3/eth/ip6/udp"),
                Arguments.of("VXLAN", outerUdp(4789, vxlan(42, ethernet(INNER4))), "eth/ip/udp/vxlan/eth/ip/udp"),
                Arguments.of("Geneve", outerUdp(6081, new Bin().u16(0).u16(0x6558).u32(42 << 8).bytes(ethernet(INNER4)).toBytes()),
                        "eth/ip/udp/geneve/eth/ip/udp"),
                Arguments.of("GTP-U", outerUdp(2152, gtpu(1, false, INNER6)), "eth/ip/udp/gtp/ip6/udp"),
                Arguments.of("GTP-U extension header", outerUdp(2152, gtpu(1, true, INNER4)), "eth/ip/udp/gtp/ip/udp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tunnels")
    void innerPacketIsDelivered(String name, byte[] frame, String encapsulation) {
        Collected c = Collected.read(Pcap.ethernet().packet(1, frame).toBytes());
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).singleElement().satisfies(p -> {
            assertThat(p.data()).isEqualTo(SIP);
            assertThat(p.encapsulation()).isEqualTo(encapsulation);
            assertThat(p.source().address()).isIn("10.1.1.1", "fd00::1");
        });
    }

    @Test
    void somethingElseOnATunnelPortIsAnOrdinaryPayload() {
        Collected c = Collected.read(Pcap.ethernet().packet(1, outerUdp(2152, SIP)).packet(2, outerUdp(4789, SIP)).toBytes());
        assertThat(c.payloads()).map(Payload::encapsulation).containsExactly("eth/ip/udp", "eth/ip/udp");
    }

    @Test
    void nestingIsBounded() {
        byte[] packet = INNER4;
        for (int i = 0; i < 12; i++) {
            packet = ipv4("192.0.2.1", "192.0.2.2", 4, packet);
        }
        Collected c = Collected.read(Pcap.of(101).packet(1, packet).toBytes());
        assertThat(c.payloads()).isEmpty();
        assertThat(c.reasons()).containsExactly("limit-encapsulation-depth");
    }

    @Test
    void imsTrafficInsideGtpOfARealCapture() throws Exception {
        Collected c = Collected.read(Path.of("src/test/resources/captures/arkime__gtp-iphone.pcap"));
        assertThat(c.of(Transport.TCP)).filteredOn(p -> dev.sipdiag.capture.TestFramer.isSip(p.data())).hasSize(13)
                .allSatisfy(p -> assertThat(p.encapsulation()).isEqualTo("sll/ip/udp/gtp/ip6/tcp"));
        assertThat(c.of(Transport.UDP)).filteredOn(p -> dev.sipdiag.capture.TestFramer.isSip(p.data())).hasSize(4);
    }
}
