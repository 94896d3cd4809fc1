package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.build.Pcap;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class FragmentReassemblerTest {
    static final byte[] BIG = sip("INVITE", "frag", "v=0\r\n" + "a=x-padding:" + "p".repeat(3_000) + "\r\n");
    static final byte[] DATAGRAM = udp(5060, 5060, BIG);

    static Collected capture(List<byte[]> packets) {
        Pcap pcap = Pcap.of(101);
        long t = 1_000_000_000L;
        for (byte[] p : packets) {
            pcap.packet(t += 1_000_000, p);
        }
        return Collected.read(pcap.toBytes());
    }

    @Test
    void inOrder() {
        List<byte[]> fragments = fragmentIpv4("192.0.2.1", "192.0.2.2", UDP, 77, DATAGRAM, 1_480);
        Collected c = capture(fragments);
        assertThat(c.payloads()).singleElement().satisfies(p -> {
            assertThat(p.data()).isEqualTo(BIG);
            assertThat(p.frameNumber()).as("frame of the first fragment").isEqualTo(1);
            assertThat(p.encapsulation()).isEqualTo("raw/ip/frag/udp");
        });
        assertThat(c.stats().fragmentsReassembled()).isEqualTo(1);
        assertThat(c.stats().frames(FrameOutcome.FRAGMENT_HELD)).isEqualTo(fragments.size() - 1);
        assertThat(c.stats().frames(FrameOutcome.UDP_PAYLOAD)).isEqualTo(1);
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void outOfOrder() {
        List<byte[]> fragments = new ArrayList<>(fragmentIpv4("192.0.2.1", "192.0.2.2", UDP, 78, DATAGRAM, 1_000));
        Collections.reverse(fragments);
        Collected c = capture(fragments);
        assertThat(c.payloads()).singleElement().satisfies(p -> {
            assertThat(p.data()).isEqualTo(BIG);
            assertThat(p.frameNumber()).as("frame holding offset 0").isEqualTo(fragments.size());
        });
    }

    @Test
    void overlappingCopiesAreMerged() {
        byte[] a = ipv4("192.0.2.1", "192.0.2.2", UDP, 9, 0, true, new byte[0], slice(DATAGRAM, 0, 1_600));
        byte[] b = ipv4("192.0.2.1", "192.0.2.2", UDP, 9, 800, true, new byte[0], slice(DATAGRAM, 800, 2_400));
        byte[] c1 = ipv4("192.0.2.1", "192.0.2.2", UDP, 9, 1_600, false, new byte[0], slice(DATAGRAM, 1_600, DATAGRAM.length));
        Collected c = capture(List.of(a, b, c1));
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(new String(p.data())).isEqualTo(new String(BIG)));
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void lateDuplicateOfACompletedDatagramIsNotANewOne() {
        List<byte[]> fragments = fragmentIpv4("192.0.2.1", "192.0.2.2", UDP, 11, DATAGRAM, 1_480);
        List<byte[]> withDuplicate = new ArrayList<>(fragments);
        withDuplicate.add(fragments.get(1));
        Collected c = capture(withDuplicate);
        assertThat(c.payloads()).hasSize(1);
        assertThat(c.problems()).isEmpty();
        assertThat(c.stats().frames(FrameOutcome.FRAGMENT_DUPLICATE)).isEqualTo(1);
    }

    @Test
    void conflictingOverlapKeepsTheFirstCopyAndIsReported() {
        byte[] altered = slice(DATAGRAM, 1_600, 2_400);
        altered[0] = '#';
        byte[] first = ipv4("192.0.2.1", "192.0.2.2", UDP, 10, 800, true, new byte[0], concat(slice(DATAGRAM, 800, 1_600), altered));
        byte[] head = ipv4("192.0.2.1", "192.0.2.2", UDP, 10, 0, true, new byte[0], slice(DATAGRAM, 0, 1_600));
        byte[] tail = ipv4("192.0.2.1", "192.0.2.2", UDP, 10, 1_600, false, new byte[0], slice(DATAGRAM, 1_600, DATAGRAM.length));
        Collected c = capture(List.of(first, head, tail));
        assertThat(c.payloads()).singleElement().satisfies(p -> {
            assertThat(p.data()).hasSize(BIG.length);
            assertThat((char) p.data()[1_600 - 8]).isEqualTo('#');
        });
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("overlapping-fragment");
            assertThat(p.frameNumber()).isEqualTo(3);
        });
    }

    @Test
    void missingFragmentIsReportedAtTheEnd() {
        List<byte[]> fragments = fragmentIpv4("192.0.2.1", "192.0.2.2", UDP, 79, DATAGRAM, 1_480);
        Collected c = capture(List.of(fragments.get(0), fragments.get(2)));
        assertThat(c.payloads()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("incomplete-fragment");
            assertThat(p.frameNumber()).isEqualTo(1);
        });
        assertThat(c.stats().fragmentsIncomplete()).isEqualTo(1);
    }

    @Test
    void ipv6Fragments() {
        int id = 0x1234;
        byte[] first = ipv6("2001:db8::1", "2001:db8::2", 44, ipv6Fragment(UDP, 0, true, id, slice(DATAGRAM, 0, 1_232)));
        byte[] second = ipv6("2001:db8::1", "2001:db8::2", 44, ipv6Fragment(UDP, 1_232, true, id, slice(DATAGRAM, 1_232, 2_464)));
        byte[] last = ipv6("2001:db8::1", "2001:db8::2", 44, ipv6Fragment(UDP, 2_464, false, id, slice(DATAGRAM, 2_464, DATAGRAM.length)));
        Collected c = capture(List.of(second, last, first));
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.data()).isEqualTo(BIG));
    }

    @Test
    void tooManyFragmentsIsALimit() {
        byte[] payload = udp(1, 2, new byte[8 * (CaptureLimits.MAX_FRAGMENTS_PER_DATAGRAM + 4)]);
        Collected c = capture(fragmentIpv4("192.0.2.1", "192.0.2.2", UDP, 80, payload, 8));
        assertThat(c.reasons()).contains("limit-fragments-per-datagram");
        assertThat(c.stats().frames(FrameOutcome.LIMIT_EXCEEDED)).isPositive();
        assertThat(c.accountedFor()).isTrue();
    }

    @Test
    void fragmentsWaitingTooLongExpire() {
        List<byte[]> fragments = fragmentIpv4("192.0.2.1", "192.0.2.2", UDP, 81, DATAGRAM, 1_480);
        byte[] other = ipv4("192.0.2.1", "192.0.2.2", UDP, udp(1, 2, ascii("late")));
        byte[] file = Pcap.of(101).packet(0, fragments.get(0))
                .packet(CaptureLimits.FRAGMENT_TIMEOUT_NANOS + 1_000_000_000L, fragments.get(1))
                .packet(CaptureLimits.FRAGMENT_TIMEOUT_NANOS + 2_000_000_000L, other).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.reasons()).containsExactly("incomplete-fragment", "incomplete-fragment");
        assertThat(c.payloads()).hasSize(1);
    }

    @Test
    void realCaptureWithOnlyTheFirstFragmentOfAnInvite() throws Exception {
        Collected c = Collected.read(Path.of("src/test/resources/captures/pkts__fragmented_udp_sip.pcap"));
        assertThat(c.payloads()).hasSize(5);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("incomplete-fragment");
            assertThat(p.frameNumber()).isEqualTo(1);
            assertThat(p.byteOffset()).isEqualTo(24);
        });
    }
}
