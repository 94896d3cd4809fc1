package dev.sipdiag.bench;

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
import java.util.concurrent.TimeUnit;

/**
 * How many SIP messages per second do the Java parsers people use today handle, and how many bytes do they
 * allocate per message? One operation is one message; the benchmark cycles through a fixed set ({@link Corpus}).
 * sipdiag's own parser is measured by {@link SipdiagParserBenchmark} on the same sets, in the same run.
 *
 * <p>(a) {@link #frameAndKeys} frames a message and reads the correlation keys a call tracker needs; (b)
 * {@link #fullParse} parses every header. A message a library rejects counts as an operation that ends in its
 * exception (the RFC 4475 set has such messages); the setup prints how many there are.
 *
 * <pre>
 * mvn -B -Pbench -pl sipdiag-bench -am package -DskipTests
 * java -jar sipdiag-bench/target/benchmarks.jar 'SipParseBenchmark' -prof gc
 * </pre>
 * MB/s is messages/s times the mean message size the setup prints.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SipParseBenchmark {

    /** The library under test. */
    @Param({"JAIN_SIP", "PKTS"})
    public SipBaseline impl;

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
                impl.fullParse(m);
            } catch (Exception | Error e) {
                rejected++;
            }
        }
        System.out.printf("%n%s on %s: %d messages, mean %.0f bytes, %d rejected%n", impl, set, messages.length,
                Corpus.meanSize(loaded), rejected);
    }

    private byte[] nextMessage() {
        byte[] m = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return m;
    }

    /** {@return the keys read, or the exception the library threw} (a) framing plus correlation keys */
    @Benchmark
    public Object frameAndKeys() {
        try {
            return impl.frameAndKeys(nextMessage());
        } catch (Exception e) {
            return e;
        }
    }

    /** {@return what was parsed, or the exception the library threw} (b) full parse */
    @Benchmark
    public Object fullParse() {
        try {
            return impl.fullParse(nextMessage());
        } catch (Exception e) {
            return e;
        }
    }
}
