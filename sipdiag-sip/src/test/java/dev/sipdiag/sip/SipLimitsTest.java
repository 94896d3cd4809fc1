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
    void deeplyNestedCommentsAreALimitError() {
        String nested = "(".repeat(SipLimits.MAX_NESTING_DEPTH + 1) + ")".repeat(SipLimits.MAX_NESTING_DEPTH + 1);
        assertThat(codeOf(Msgs.crlf(Msgs.withHeader("Retry-After: 10 " + nested))))
                .isEqualTo(IssueCode.LIMIT_EXCEEDED);
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
