package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.build.Pcapng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class PcapngReaderTest {
    static final byte[] V4 = ipv4("192.0.2.1", "192.0.2.2", UDP, udp(5060, 5060, sip("OPTIONS", "ng", "")));

    @ParameterizedTest(name = "bigEndian={0}")
    @ValueSource(booleans = {true, false})
    void interfacesWithTheirOwnLinkTypesAndResolutions(boolean bigEndian) {
        byte[] file = new Pcapng().section(bigEndian)
                .iface(1, -1)            // Ethernet, µs
                .iface(101, 9)           // raw IP, ns
                .iface(113, 0x80 | 10)   // SLL, 2^-10 s
                .epb(0, 1_500_000L, ethernet(V4))
                .epb(1, 2_000_000_123L, V4)
                .epb(2, 3L * 1024 + 512, sll(ETH_IPV4, V4))
                .toBytes();
        Collected c = Collected.read(file);
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).map(Payload::interfaceId).containsExactly(0, 1, 2);
        assertThat(c.payloads()).map(Payload::timestampNanos).containsExactly(1_500_000_000L, 2_000_000_123L, 3_500_000_000L);
        assertThat(c.payloads()).map(Payload::encapsulation).containsExactly("eth/ip/udp", "raw/ip/udp", "sll/ip/udp");
    }

    @Test
    void severalSectionsInEitherByteOrderKeepInterfaceIdsApart() {
        byte[] file = new Pcapng()
                .section(true).iface(1, -1).epb(0, 1, ethernet(V4))
                .section(false).iface(101, -1).iface(1, -1).epb(1, 2, ethernet(V4)).epb(0, 3, V4)
                .toBytes();
        Collected c = Collected.read(file);
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).map(Payload::interfaceId).containsExactly(0, 2, 1);
        assertThat(c.payloads()).map(Payload::frameNumber).containsExactly(1L, 2L, 3L);
    }

    @Test
    void simpleAndObsoletePacketBlocksAndUnknownBlocks() {
        byte[] file = new Pcapng().section(true).iface(1, -1)
                .block(0x0BAD, new byte[]{0, 0, 0x7E, 0x1F, 1, 2, 3, 4})   // custom block
                .block(0x12345678, new byte[16])                            // unknown type
                .block(5, new byte[20])                                     // interface statistics
                .spb(ethernet(V4))
                .pb(0, 7_000_000L, ethernet(V4))
                .toBytes();
        Collected c = Collected.read(file);
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).hasSize(2);
        assertThat(c.payloads().get(0).timestampNanos()).isEqualTo(Payload.NO_TIME);
        assertThat(c.payloads().get(1).timestampNanos()).isEqualTo(7_000_000_000L);
        assertThat(c.stats().frames()).isEqualTo(2);
    }

    @Test
    void packetOnAnUndescribedInterfaceIsMalformed() {
        byte[] file = new Pcapng().section(true).iface(1, -1).epb(3, 1, ethernet(V4)).epb(0, 2, ethernet(V4)).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.reasons()).containsExactly("unknown-interface");
        assertThat(c.stats().frames(FrameOutcome.MALFORMED)).isEqualTo(1);
        assertThat(c.payloads()).hasSize(1);
    }
}
