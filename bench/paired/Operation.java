import dev.sipdiag.capture.CaptureOptions;
import dev.sipdiag.capture.CaptureReader;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.StreamFramer;
import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipFraming;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * The work of CaptureReadBenchmark (sipdiag-bench), compiled once and loaded by {@code Paired} once per build,
 * each time against that build's classes. Keep it the same as the JMH benchmark's methods.
 */
public final class Operation {
    /** Folded results, so that the JIT cannot drop the work. */
    public static long sink;

    private Operation() {
    }

    /** One pass over the capture; returns the thread's CPU time for it in nanoseconds. */
    public static long run(byte[] capture, String what) throws IOException {
        long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        boolean keys = what.equals("sipKeys");
        StreamFramer framer = SipFraming::frame;
        PayloadSink s = new PayloadSink() {
            @Override
            public void payload(Payload p) {
                byte[] d = p.data();
                if (!keys) {
                    sink += d.length;
                } else if (SipFraming.looksLikeSip(d, 0, d.length)) {
                    SipMessage m = SipParser.frame(d, 0, d.length, ParseMode.LENIENT);
                    sink += m.callId().length() + m.cseqNumber() + (m.fromTag() == null ? 0 : 1)
                            + (m.toTag() == null ? 0 : 1) + (m.topViaBranch() == null ? 0 : 2);
                }
            }
        };
        CaptureOptions options = keys ? CaptureOptions.defaults().withFramers(() -> framer) : CaptureOptions.defaults();
        CaptureReader.read(new ByteArrayInputStream(capture), options, s);
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t;
    }
}
