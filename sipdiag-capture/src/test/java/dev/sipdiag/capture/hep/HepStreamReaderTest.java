package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HepStreamReaderTest {
    private static final String A = "OPTIONS sip:a@192.0.2.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n";
    private static final String B = "OPTIONS sip:b@192.0.2.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n";

    private final List<Payload> payloads = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final PayloadSink sink = new PayloadSink() {
        @Override
        public void payload(Payload payload) {
            payloads.add(payload);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    private void read(byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        new HepStreamReader().read(new ByteArrayInputStream(all.toByteArray()), sink);
    }

    private static String text(Payload payload) {
        return new String(payload.data(), StandardCharsets.UTF_8);
    }

    @Test
    void concatenatedPacketsAreReadInOrder() throws IOException {
        read(HepBuilder.sipUdp(A).build(), HepBuilder.sipUdp(B).build());

        assertThat(problems).isEmpty();
        assertThat(payloads).extracting(HepStreamReaderTest::text).containsExactly(A, B);
        assertThat(payloads).extracting(Payload::frameNumber).containsExactly(1L, 2L);
        assertThat(payloads).extracting(Payload::encapsulation).containsOnly("hep3");
    }

    @Test
    void garbageBetweenPacketsIsSkippedAndReportedWithItsOffset() throws IOException {
        byte[] first = HepBuilder.sipUdp(A).build();
        read(first, "garbage!".getBytes(StandardCharsets.US_ASCII), HepBuilder.sipUdp(B).build());

        assertThat(payloads).extracting(HepStreamReaderTest::text).containsExactly(A, B);
        assertThat(problems).extracting(Problem::reason, Problem::byteOffset)
                .containsExactly(tuple("hep-stream-garbage", (long) first.length));
    }

    @Test
    void packetCutShortByTheEndIsReported() throws IOException {
        byte[] first = HepBuilder.sipUdp(A).build();
        byte[] second = HepBuilder.sipUdp(B).build();
        read(first, Arrays.copyOf(second, second.length - 3));

        assertThat(payloads).extracting(HepStreamReaderTest::text).containsExactly(A);
        assertThat(problems).extracting(Problem::reason, Problem::frameNumber, Problem::byteOffset)
                .containsExactly(tuple("hep-stream-truncated", 2L, (long) first.length));
    }

    @Test
    void damagedPacketIsReportedAndTheNextOneStillRead() throws IOException {
        byte[] bad = HepBuilder.hep3().u8(0x01, 2).rawChunk(0, 0x02, 0, new byte[0]).build();
        read(bad, HepBuilder.sipUdp(B).build());

        assertThat(payloads).extracting(HepStreamReaderTest::text).containsExactly(B);
        assertThat(problems).extracting(Problem::reason, Problem::byteOffset)
                .containsExactly(tuple("hep-bad-chunk-length", 13L));
    }

    @Test
    void emptyStreamGivesNothing() throws IOException {
        read();

        assertThat(payloads).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void trailingGarbageIsReported() throws IOException {
        read(HepBuilder.sipUdp(A).build(), new byte[] {1, 2});

        assertThat(payloads).hasSize(1);
        assertThat(problems).extracting(Problem::reason).containsExactly("hep-stream-garbage");
    }

    @Test
    void sniffRecognisesAHep3Dump() {
        byte[] packet = HepBuilder.sipUdp(A).build();
        assertThat(HepStreamReader.sniff(packet, packet.length)).isTrue();
        assertThat(HepStreamReader.sniff(packet, 5)).isFalse();
        assertThat(HepStreamReader.sniff(HepBuilder.sipUdp(A).totalLength(3).build(), 64)).isFalse();
        assertThat(HepStreamReader.sniff(A.getBytes(StandardCharsets.US_ASCII), 40)).isFalse();
        assertThat(HepStreamReader.sniff(null, 10)).isFalse();
    }
}
