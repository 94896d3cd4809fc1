package dev.sipdiag.bench;

import dev.sipdiag.capture.CaptureOptions;
import dev.sipdiag.capture.CaptureReader;
import dev.sipdiag.capture.CaptureStats;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.StreamFramer;
import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipFraming;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How many packets a second does sipdiag turn into SIP messages with their correlation keys, on one core?
 * One operation reads the whole 20,000-call benchmark capture (122,228 packets, 48 MiB, held in memory so the
 * disk does not count) through the pcap reader, the UDP/IP layers and the SIP framing, and reads Call-ID, CSeq,
 * tags and branch of every message. packets/s = 122,228 / (seconds per operation). Target (issue 4): 2 million.
 *
 * <p>Run: {@code java -jar sipdiag-bench/target/benchmarks.jar CaptureReadBenchmark}; the capture comes from
 * {@code ../shared/bench/big-20k-calls.pcap.gz} or the path in {@code -Dsipdiag.bench.capture=...}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The collector and young generation ./sipdiag runs with (serial: one core, as the target says; G1 would add
// concurrent threads on the other); the heap is larger than the launcher's so the capture fits in memory.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx1g", "-Xmn64m"})
public class CaptureReadBenchmark {
    /** Packets in the benchmark capture. */
    public static final int PACKETS = 122_228;

    private byte[] capture;

    @Setup
    public void load() throws IOException {
        Path p = Path.of(System.getProperty("sipdiag.bench.capture", "../shared/bench/big-20k-calls.pcap.gz"));
        if (!Files.exists(p)) {
            p = Path.of("..").resolve(p);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
            capture = in.readAllBytes();
        }
    }

    /** pcap → payloads only: the capture layer alone. */
    @Benchmark
    public long payloads(Blackhole bh) throws IOException {
        CaptureStats s = CaptureReader.read(new ByteArrayInputStream(capture), CaptureOptions.defaults(), bh::consume);
        return s.payloads();
    }

    /** pcap → SIP messages with correlation keys: what `sipdiag messages` does per packet. */
    @Benchmark
    public long sipKeys(Blackhole bh) throws IOException {
        StreamFramer framer = SipFraming::frame;
        long[] n = new long[1];
        PayloadSink sink = new PayloadSink() {
            @Override
            public void payload(Payload p) {
                byte[] d = p.data();
                if (SipFraming.looksLikeSip(d, 0, d.length)) {
                    SipMessage m = SipParser.frame(d, 0, d.length, ParseMode.LENIENT);
                    bh.consume(m.callId());
                    bh.consume(m.cseqNumber());
                    bh.consume(m.fromTag());
                    bh.consume(m.toTag());
                    bh.consume(m.topViaBranch());
                    n[0]++;
                }
            }
        };
        CaptureReader.read(new ByteArrayInputStream(capture), CaptureOptions.defaults().withFramers(() -> framer), sink);
        return n[0];
    }
}
