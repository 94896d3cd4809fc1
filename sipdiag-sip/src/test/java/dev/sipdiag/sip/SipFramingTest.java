package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SipFramingTest {

    private static final byte[] ONE = Msgs.crlf(Msgs.INVITE);

    @Test
    void framesOneCompleteMessageByContentLength() {
        assertThat(SipFraming.frame(ONE, 0, ONE.length)).isEqualTo(ONE.length);
        assertThat(SipFraming.isKeepAlive(ONE, 0, ONE.length)).isFalse();
    }

    @Test
    void partialMessagesNeedMoreBytes() {
        for (int cut : new int[] {1, 10, 60, ONE.length - 7, ONE.length - 1}) {
            assertThat(SipFraming.frame(ONE, 0, cut)).as("cut at %d", cut).isZero();
        }
    }

    @Test
    void severalMessagesInOneBufferComeOneAtATime() {
        byte[] two = new byte[ONE.length * 2];
        System.arraycopy(ONE, 0, two, 0, ONE.length);
        System.arraycopy(ONE, 0, two, ONE.length, ONE.length);
        int n = SipFraming.frame(two, 0, two.length);
        assertThat(n).isEqualTo(ONE.length);
        assertThat(SipFraming.frame(two, n, two.length - n)).isEqualTo(ONE.length);
        assertThat(SipParser.parse(two, n, ONE.length, ParseMode.STRICT).callId())
                .isEqualTo("a84b4c76e66710@pc33.atlanta.example.com");
    }

    @Test
    void crlfKeepAlivesAreFramedAndRecognised() {
        byte[] ping = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(SipFraming.frame(ping, 0, 4)).isEqualTo(4);
        assertThat(SipFraming.isKeepAlive(ping, 0, 4)).isTrue();
        byte[] pongThenMessage = new byte[2 + ONE.length];
        pongThenMessage[0] = '\r';
        pongThenMessage[1] = '\n';
        System.arraycopy(ONE, 0, pongThenMessage, 2, ONE.length);
        assertThat(SipFraming.frame(pongThenMessage, 0, pongThenMessage.length)).isEqualTo(2);
        assertThat(SipFraming.frame(pongThenMessage, 2, ONE.length)).isEqualTo(ONE.length);
    }

    @Test
    void garbageBeforeAMessageIsSkippedToResynchronise() {
        byte[] junk = "GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] buf = new byte[junk.length + ONE.length];
        System.arraycopy(junk, 0, buf, 0, junk.length);
        System.arraycopy(ONE, 0, buf, junk.length, ONE.length);
        int n = SipFraming.frame(buf, 0, buf.length);
        assertThat(n).isEqualTo(-junk.length);
        assertThat(SipFraming.frame(buf, -n, buf.length + n)).isEqualTo(ONE.length);
    }

    @Test
    void messageWithoutContentLengthHasNoBodyOnAStream() {
        byte[] m = Msgs.crlf("OPTIONS sip:a@b SIP/2.0\nCall-ID: x\n\nINVITE");
        assertThat(SipFraming.frame(m, 0, m.length)).isEqualTo(m.length - "INVITE".length());
    }

    @Test
    void contentLengthBeyondTheLimitFramesTheHeaderSectionWhoseParseReportsIt() {
        byte[] head = Msgs.crlf("OPTIONS sip:a@b SIP/2.0\nCall-ID: x\nContent-Length: 99999999\n\n");
        byte[] next = Msgs.crlf("OPTIONS sip:a@b SIP/2.0\nContent-Length: 0\n\n");
        byte[] body = "some body\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] stream = new byte[head.length + body.length + next.length];
        System.arraycopy(head, 0, stream, 0, head.length);
        System.arraycopy(body, 0, stream, head.length, body.length);
        System.arraycopy(next, 0, stream, head.length + body.length, next.length);
        // not waited for (the body could never be accepted): the header section alone is the message
        assertThat(SipFraming.frame(stream, 0, stream.length)).isEqualTo(head.length);
        SipParseException e = catchThrowableOfType(SipParseException.class,
                () -> SipParser.parse(stream, 0, head.length, ParseMode.LENIENT));
        assertThat(e.code()).isEqualTo(IssueCode.LIMIT_EXCEEDED);
        // what follows is skipped up to the next start line
        assertThat(SipFraming.frame(stream, head.length, stream.length - head.length)).isEqualTo(-body.length);
        assertThat(SipFraming.frame(stream, head.length + body.length, next.length)).isEqualTo(next.length);
    }

    @Test
    void aHeaderSectionLongerThanAnyMessageIsSkippedNotAwaited() {
        StringBuilder sb = new StringBuilder("OPTIONS sip:a@b SIP/2.0\r\n");
        while (sb.length() <= SipLimits.MAX_MESSAGE_SIZE) {
            sb.append("X-Filler: ").append("x".repeat(1000)).append("\r\n");
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat(SipFraming.frame(b, 0, b.length)).isEqualTo(-SipLimits.MAX_MESSAGE_SIZE);
    }

    @Test
    void aTcpStreamArrivingInRandomPiecesIsCutIntoEveryMessage() throws Exception {
        byte[] stream;
        try (var in = SipFramingTest.class.getResourceAsStream("/streams/rtckit__generic.txt")) {
            stream = in.readAllBytes();
        }
        java.util.Random rnd = new java.util.Random(5626);
        byte[] buf = new byte[stream.length];
        int have = 0;
        int fed = 0;
        int messages = 0;
        int consumed = 0;
        while (fed < stream.length || have > 0) {
            int chunk = Math.min(stream.length - fed, 1 + rnd.nextInt(700));
            System.arraycopy(stream, fed, buf, have, chunk);
            fed += chunk;
            have += chunk;
            int off = 0;
            while (true) {
                int n = SipFraming.frame(buf, off, have - off);
                if (n == 0) {
                    break;
                }
                assertThat(n).as("no garbage in this stream").isPositive();
                consumed += n;
                if (!SipFraming.isKeepAlive(buf, off, n)) {
                    SipMessage m = SipParser.parse(buf, off, n, ParseMode.LENIENT);
                    assertThat(m.callId()).isNotNull();
                    messages++;
                }
                off += n;
            }
            System.arraycopy(buf, off, buf, 0, have - off);
            have -= off;
            if (fed == stream.length && have > 0 && SipFraming.frame(buf, 0, have) == 0) {
                break;
            }
        }
        assertThat(messages).isEqualTo(SipLogSplitter.split(stream).size()).isEqualTo(227);
        assertThat(consumed).isEqualTo(stream.length);
    }

    @Test
    void looksLikeSipChecksTheStartLine() {
        assertThat(SipFraming.looksLikeSip(ONE, 0, ONE.length)).isTrue();
        byte[] status = "SIP/2.0 180 Ringing\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(SipFraming.looksLikeSip(status, 0, status.length)).isTrue();
        byte[] http = "HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(SipFraming.looksLikeSip(http, 0, http.length)).isFalse();
        byte[] noVersion = "INVITE sip:a@b\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(SipFraming.looksLikeSip(noVersion, 0, noVersion.length)).isFalse();
        byte[] rtp = {(byte) 0x80, 0x00, 0x12, 0x34, '\n'};
        assertThat(SipFraming.looksLikeSip(rtp, 0, rtp.length)).isFalse();
        assertThat(SipFraming.looksLikeSip(ONE, 0, 10)).isFalse();
    }
}
