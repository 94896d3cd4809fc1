package dev.sipdiag.bench;

import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipFraming;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParser;
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

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * TO BE WIRED UP AFTER THE SIP PARSER IS MERGED. Compiled only with {@code -Psipdiag-parser} because it needs
 * {@code dev.sipdiag.sip.SipParser}, which is written on another branch; the calls follow the API as announced
 * ({@code SipFraming.frame}, {@code SipParser.frame/parse(byte[], int, int, ParseMode)}) and compile against the
 * {@code sip} branch at commit {@code a441209} (checked in a scratch copy, see docs/performance.md).
 *
 * <p>The same questions and message sets as {@link SipParseBenchmark}, for sipdiag's parser: (a) framing plus the
 * correlation keys (parsed eagerly by design), (b) the full parse. Run both classes in one JMH run so the ratios
 * against JAIN-SIP and pkts-sip come from the same machine state:
 * <pre>
 * mvn -B -Pbench,sipdiag-parser -pl sipdiag-bench -am package -DskipTests
 * java -jar sipdiag-bench/target/benchmarks.jar 'Sip(diagParser|Parse)Benchmark' -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SipdiagParserBenchmark {

    /** Which of sipdiag's two paths. */
    @Param({"LENIENT", "STRICT"})
    public ParseMode mode;

    /** The message set: a directory under {@code messages/}. */
    @Param({"calls", "rfc4475"})
    public String set;

    private byte[][] messages;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        List<byte[]> loaded = Corpus.load("messages/" + set);
        messages = loaded.toArray(new byte[0][]);
        int rejected = 0;
        for (byte[] m : messages) {
            try {
                SipParser.parse(m, 0, m.length, mode);
            } catch (RuntimeException e) {
                rejected++;
            }
        }
        System.out.printf("%nsipdiag %s on %s: %d messages, mean %.0f bytes, %d rejected%n", mode, set,
                messages.length, Corpus.meanSize(loaded), rejected);
    }

    private byte[] nextMessage() {
        byte[] m = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return m;
    }

    /** {@return the keys read, or the exception} (a) framing plus correlation keys */
    @Benchmark
    public Object frameAndKeys() {
        byte[] buf = nextMessage();
        try {
            int len = SipFraming.frame(buf, 0, buf.length);
            SipMessage m = SipParser.frame(buf, 0, len > 0 ? len : buf.length, mode);
            return Objects.hash(m.callId(), m.cseqNumber(), m.cseqMethod(), m.fromTag(), m.toTag(),
                    m.topViaBranch(), m.bodyLength());
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** {@return what was parsed, or the exception} (b) full parse */
    @Benchmark
    public Object fullParse() {
        byte[] buf = nextMessage();
        try {
            SipMessage m = SipParser.parse(buf, 0, buf.length, mode);
            return m.headers().size() + m.bodyLength();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
