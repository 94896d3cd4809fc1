package dev.sipdiag.capture;

import dev.sipdiag.capture.build.Bin;
import dev.sipdiag.capture.build.Pcap;
import dev.sipdiag.capture.build.Pcapng;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Damaged files: a clear problem with its byte offset, and everything readable still read. */
class DamagedFilesTest {
    static final byte[] FRAME = ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(5060, 5060, sip("OPTIONS", "d", ""))));
    static final int RECORD = 16 + FRAME.length;

    static Pcap three() {
        return Pcap.ethernet().packet(1_000_000_000L, FRAME).packet(1_100_000_000L, FRAME).packet(1_200_000_000L, FRAME);
    }

    @Test
    void truncatedFileHeader() {
        Collected c = Collected.read(Arrays.copyOf(three().toBytes(), 10));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("truncated-header");
            assertThat(p.byteOffset()).isZero();
        });
    }

    @Test
    void recordLengthPastTheEndOfTheFile() {
        byte[] file = three().toBytes();
        Collected c = Collected.read(Arrays.copyOf(file, file.length - 10));
        assertThat(c.payloads()).hasSize(2);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("truncated-record");
            assertThat(p.frameNumber()).isEqualTo(3);
            assertThat(p.byteOffset()).isEqualTo(24 + 2L * RECORD);
        });
        assertThat(c.stats().frames(FrameOutcome.TRUNCATED)).isEqualTo(1);
    }

    @Test
    void fileEndingInsideARecordHeader() {
        byte[] file = Pcap.ethernet().packet(1, FRAME).raw(new byte[7]).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.payloads()).hasSize(1);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("truncated-record-header");
            assertThat(p.byteOffset()).isEqualTo(24 + RECORD);
        });
    }

    @Test
    void absurdRecordLengthIsSkippedToTheNextRecord() {
        byte[] file = three().toBytes();
        int second = 24 + RECORD;
        file[second + 8] = 0x7F; // captured length of record 2 becomes ~2 GB
        Collected c = Collected.read(file);
        assertThat(c.reasons()).containsExactly("bad-record", "resync");
        assertThat(c.problems().get(0).byteOffset()).isEqualTo(second);
        assertThat(c.problems().get(1).message()).contains(String.valueOf(RECORD));
        assertThat(c.payloads()).map(Payload::timestampNanos).containsExactly(1_000_000_000L, 1_200_000_000L);
    }

    @Test
    void garbageBetweenPcapRecords() {
        byte[] garbage = ascii("this is not a record header at all, 0123456789");
        byte[] file = Pcap.ethernet().packet(1_000_000_000L, FRAME).raw(garbage).packet(1_100_000_000L, FRAME)
                .packet(1_200_000_000L, FRAME).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.payloads()).hasSize(3);
        assertThat(c.reasons()).containsExactly("bad-record", "resync");
        assertThat(c.problems().get(0).byteOffset()).isEqualTo(24 + RECORD);
    }

    @Test
    void garbageBetweenPcapngBlocks() {
        byte[] file = new Pcapng().section(false).iface(1, -1).epb(0, 1, FRAME)
                .raw(ascii("garbage!garbage!"))
                .epb(0, 2, FRAME).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.payloads()).hasSize(2);
        assertThat(c.reasons()).containsExactly("bad-block", "resync");
        assertThat(c.problems().get(1).message()).contains("16");
    }

    @Test
    void pcapngBlockWithAWrongTrailingLength() {
        Pcapng ng = new Pcapng().section(true).iface(1, -1).epb(0, 1, FRAME);
        byte[] good = ng.toBytes();
        byte[] file = new Pcapng().section(true).iface(1, -1).epb(0, 1, FRAME).epb(0, 2, FRAME).epb(0, 3, FRAME).toBytes();
        file[good.length + (file.length - good.length) / 2 - 1] ^= 0x01; // trailer of the second packet block
        Collected c = Collected.read(file);
        assertThat(c.reasons()).containsExactly("bad-block", "resync");
        assertThat(c.problems().get(0).byteOffset()).isEqualTo(good.length);
        assertThat(c.payloads()).hasSize(2);
    }

    @Test
    void pcapngAbsurdBlockLengthAndTruncatedLastBlock() {
        byte[] file = new Pcapng().section(true).iface(1, -1).epb(0, 1, FRAME).raw(new Bin().u32(6).u32(0x7FFF_FFF0L).toBytes())
                .epb(0, 2, FRAME).toBytes();
        Collected c = Collected.read(Arrays.copyOf(file, file.length - 3));
        assertThat(c.reasons()).containsExactly("bad-block", "resync", "truncated-record");
        assertThat(c.payloads()).hasSize(1);
        assertThat(c.accountedFor()).isTrue();
    }

    @Test
    void pcapngNotStartingWithASectionHeader() {
        byte[] file = new Pcapng().section(true).iface(1, -1).toBytes();
        file[9] = 0; // byte-order magic
        Collected c = Collected.read(file);
        assertThat(c.reasons()).first().isEqualTo("bad-magic");
    }
}
