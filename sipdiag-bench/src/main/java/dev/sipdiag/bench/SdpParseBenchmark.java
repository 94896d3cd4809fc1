package dev.sipdiag.bench;

import dev.sipdiag.sip.body.BodyParseMode;
import dev.sipdiag.sip.sdp.MediaDescription;
import dev.sipdiag.sip.sdp.SdpParser;
import dev.sipdiag.sip.sdp.SessionDescription;
import gov.nist.javax.sdp.parser.SDPAnnounceParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How many session descriptions per second does sipdiag's {@link SdpParser} parse, in each mode, next to JAIN-SIP's
 * {@code SDPAnnounceParser} on the same inputs? One operation is one description, cycling through {@code sdp/}
 * ({@link Corpus}): SIPp, Asterisk, WebRTC (about 60 lines), SDES-SRTP, legacy hold.
 *
 * <pre>
 * java -jar sipdiag-bench/target/benchmarks.jar 'SdpParseBenchmark' -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SdpParseBenchmark {

    /** Who parses. */
    public enum Impl {
        /** sipdiag, lenient mode, plus the typed lookups diagnosis makes (codecs, connection, hold). */
        SIPDIAG_LENIENT,
        /** sipdiag, strict mode, plus the same lookups. */
        SIPDIAG_STRICT,
        /** JAIN-SIP's {@code gov.nist.javax.sdp.parser.SDPAnnounceParser}; its API takes a String. */
        JAIN_SIP
    }

    @Param({"SIPDIAG_LENIENT", "SIPDIAG_STRICT", "JAIN_SIP"})
    public Impl impl;

    private byte[][] inputs;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        List<byte[]> loaded = Corpus.load("sdp");
        inputs = loaded.toArray(new byte[0][]);
        System.out.printf("%n%s: %d descriptions, mean %.0f bytes%n", impl, inputs.length,
                Corpus.meanSize(loaded));
    }

    /** {@return a value derived from the parsed description} */
    @Benchmark
    public Object parse() throws Exception {
        byte[] in = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return switch (impl) {
            case SIPDIAG_LENIENT -> touch(SdpParser.parse(in, 0, in.length, BodyParseMode.LENIENT));
            case SIPDIAG_STRICT -> touch(SdpParser.parse(in, 0, in.length, BodyParseMode.STRICT));
            case JAIN_SIP -> new SDPAnnounceParser(new String(in, StandardCharsets.UTF_8)).parse();
        };
    }

    private static int touch(SessionDescription sd) {
        int h = 0;
        for (MediaDescription m : sd.media()) {
            h = 31 * h + sd.codecs(m).size() + (sd.isHold(m) ? 1 : 0)
                    + sd.effectiveConnection(m).map(c -> c.address().length()).orElse(0);
        }
        return h;
    }
}
