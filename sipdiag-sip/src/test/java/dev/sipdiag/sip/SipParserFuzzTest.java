package dev.sipdiag.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Hostile input for the SIP parser: whatever the bytes, in either mode and through every entry point (framing,
 * fast frame, full parse, typed headers, round trip), only {@link SipParseException} may escape, its position
 * lies inside the input, and one input takes less than {@link #BUDGET}.
 *
 * <p>{@code mvn verify} runs the seeds in {@code SipParserFuzzTestInputs/fuzzSipParser} (the RFC 4475 and RFC 5118
 * torture messages) as regression tests; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class SipParserFuzzTest {

    /** The most time one input may take, everything together. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    @FuzzTest(maxDuration = "5m")
    void fuzzSipParser(byte[] input) {
        long start = System.nanoTime();
        int n = SipFraming.frame(input, 0, input.length);
        assertThat(Math.abs(n)).isLessThanOrEqualTo(input.length);
        SipFraming.looksLikeSip(input, 0, input.length);
        for (ParseMode mode : ParseMode.values()) {
            try {
                SipMessage fast = SipParser.frame(input, 0, input.length, mode);
                fast.callId();
                fast.cseqNumber();
                fast.topViaBranch();
            } catch (SipParseException e) {
                assertThat(e.offset()).isBetween(0, input.length);
            }
            try {
                SipMessage m = SipParser.parse(input, 0, input.length, mode);
                touch(m);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.writeTo(out);
                assertThat(out.toByteArray()).as("round trip").isEqualTo(m.toBytes());
                m.issues().forEach(i -> assertThat(i.offset()).isBetween(0, input.length));
            } catch (SipParseException e) {
                assertThat(e.offset()).isBetween(0, input.length);
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    }

    /** Every typed accessor, each may only throw SipParseException. */
    private static void touch(SipMessage m) {
        Runnable[] getters = {m::vias, m::from, m::to, m::cseq, m::maxForwards, m::contacts, m::routes,
            m::recordRoutes, m::contentType, m::reason, m::warnings, m::retryAfter, m::require, m::supported,
            m::unsupported, m::allow, m::sessionExpires, m::minSe, m::minExpires, m::expires, m::userAgent,
            m::server, m::wwwAuthenticate, m::proxyAuthenticate, m::authorization, m::proxyAuthorization,
            m::pAssertedIdentity, m::diversion, m::historyInfo, m::headers, m::body};
        for (Runnable g : getters) {
            try {
                g.run();
            } catch (SipParseException e) {
                // declared: a header that does not parse
            }
        }
        if (m instanceof SipRequest r) {
            try {
                r.requestUri();
            } catch (SipParseException e) {
                // declared
            }
        }
    }
}
