package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SipLimitsTest {

    private static IssueCode codeOf(byte[] b) {
        SipParseException e = catchThrowableOfType(SipParseException.class,
                () -> SipParser.parse(b, ParseMode.LENIENT));
        assertThat(e).isNotNull();
        return e.code();
    }

    @Test
    void tooManyHeadersIsALimitError() {
        StringBuilder sb = new StringBuilder("OPTIONS sip:a@b SIP/2.0\n");
        for (int i = 0; i <= SipLimits.MAX_HEADER_COUNT; i++) {
            sb.append("X-H: ").append(i).append('\n');
        }
        assertThat(codeOf(Msgs.crlf(sb + "\n"))).isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void tooLongAHeaderIsALimitError() {
        String longValue = "a".repeat(SipLimits.MAX_HEADER_LENGTH + 1);
        assertThat(codeOf(Msgs.crlf("OPTIONS sip:a@b SIP/2.0\nX-H: " + longValue + "\n\n")))
                .isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void tooLongAStartLineIsALimitError() {
        String uri = "sip:" + "a".repeat(SipLimits.MAX_START_LINE_LENGTH) + "@b";
        assertThat(codeOf(Msgs.crlf("OPTIONS " + uri + " SIP/2.0\n\n"))).isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void tooLargeAMessageIsALimitError() {
        byte[] big = new byte[SipLimits.MAX_MESSAGE_SIZE + 1];
        byte[] start = "OPTIONS sip:a@b SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, big, 0, start.length);
        assertThat(codeOf(big)).isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void tooManyParametersIsALimitError() {
        String params = ";p".repeat(SipLimits.MAX_PARAMETER_COUNT + 1);
        assertThat(codeOf(Msgs.crlf(Msgs.withHeader("Contact: <sip:a@b>" + params))))
                .isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void tooLongAUriIsALimitError() {
        String user = "u".repeat(SipLimits.MAX_URI_LENGTH);
        assertThat(codeOf(Msgs.crlf(Msgs.withHeader("Contact: <sip:" + user + "@example.com>"))))
                .isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void tooManyValuesInOneHeaderIsALimitError() {
        String routes = "<sip:p.example.com;lr>,".repeat(SipLimits.MAX_VALUES_PER_HEADER) + "<sip:q.example.com>";
        assertThat(codeOf(Msgs.crlf(Msgs.withHeader("Route: " + routes)))).isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void deeplyNestedCommentsAreALimitError() {
        String nested = "(".repeat(SipLimits.MAX_NESTING_DEPTH + 1) + ")".repeat(SipLimits.MAX_NESTING_DEPTH + 1);
        assertThat(codeOf(Msgs.crlf(Msgs.withHeader("Retry-After: 10 " + nested))))
                .isEqualTo(IssueCode.LIMIT_EXCEEDED);
    }

    @Test
    void thousandsOfProblemsInOneValueCostLinearTimeAndAreCapped() {
        byte[] b = Msgs.crlf(Msgs.withHeader("Contact: <sip:a@b>" + ";".repeat(60_000)));
        long t0 = System.nanoTime();
        SipMessage m = SipParser.parse(b, ParseMode.LENIENT);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(m.issues()).hasSize(SipLimits.MAX_ISSUES);
        assertThat(m.contacts()).hasSize(1);
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void everyConformanceMessageMutatedOnlyEverThrowsSipParseException() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(SipLimitsTest.class.getResource("/rfc4475").toURI());
        java.util.List<java.nio.file.Path> seeds;
        try (var s = java.nio.file.Files.list(dir)) {
            seeds = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
        }
        Random rnd = new Random(4475);
        for (java.nio.file.Path seedFile : seeds) {
            byte[] seed = java.nio.file.Files.readAllBytes(seedFile);
            for (int round = 0; round < 300; round++) {
                byte[] b = mutate(seed, rnd);
                for (ParseMode mode : ParseMode.values()) {
                    try {
                        SipMessage m = SipParser.parse(b, mode);
                        m.vias();
                        m.contacts();
                        m.routes();
                        m.warnings();
                        m.retryAfter();
                        m.authorization();
                        m.contentType();
                    } catch (SipParseException expected) {
                        assertThat(expected.code()).isNotNull();
                    }
                }
            }
        }
    }

    /** Byte flips, insertions, deletions and duplications of a random slice. */
    private static byte[] mutate(byte[] seed, Random rnd) {
        byte[] b = seed.clone();
        switch (rnd.nextInt(4)) {
            case 0 -> b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            case 1 -> {
                int at = rnd.nextInt(b.length);
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = "<>\";:,=@[]%?&\r\n ".getBytes(StandardCharsets.ISO_8859_1)[rnd.nextInt(16)];
                System.arraycopy(b, at, out, at + 1, b.length - at);
                b = out;
            }
            case 2 -> {
                int at = rnd.nextInt(b.length);
                int n = Math.min(b.length - at, 1 + rnd.nextInt(20));
                byte[] out = new byte[b.length - n];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + n, out, at, b.length - at - n);
                b = out;
            }
            default -> {
                int at = rnd.nextInt(b.length);
                int n = Math.min(b.length - at, 1 + rnd.nextInt(40));
                byte[] out = new byte[b.length + n];
                System.arraycopy(b, 0, out, 0, at + n);
                System.arraycopy(b, at, out, at + n, b.length - at);
                b = out;
            }
        }
        return b;
    }

    @Test
    void mutatedMessagesOnlyEverThrowSipParseException() {
        byte[] seed = Msgs.crlf(Msgs.INVITE);
        Random rnd = new Random(3261);
        byte[] alphabet = "<>\";:,=@[]%?& \t\r\n/0123456789aZ\u0080".getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = seed.clone();
            int edits = 1 + rnd.nextInt(6);
            for (int k = 0; k < edits; k++) {
                b[rnd.nextInt(b.length)] = rnd.nextBoolean()
                        ? alphabet[rnd.nextInt(alphabet.length)] : (byte) rnd.nextInt(256);
            }
            int len = rnd.nextInt(4) == 0 ? rnd.nextInt(b.length + 1) : b.length;
            for (ParseMode mode : ParseMode.values()) {
                try {
                    SipMessage m = SipParser.parse(b, 0, len, mode);
                    // Typed access must not throw anything else either.
                    m.vias();
                    m.from();
                    m.to();
                    m.contacts();
                    m.cseq();
                    m.contentType();
                    if (m instanceof SipRequest r) {
                        r.requestUri();
                    }
                } catch (SipParseException expected) {
                    assertThat(expected.line()).isPositive();
                }
                SipFraming.frame(b, 0, len);
            }
        }
    }
}
