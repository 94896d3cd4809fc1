package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SipLogSplitterTest {

    private static final String A = "OPTIONS sip:a@b SIP/2.0\nCall-ID: 1\nContent-Length: 0\n\n";
    private static final String B = "SIP/2.0 200 OK\nCall-ID: 1\nContent-Length: 5\n\nhello";
    private static final String C = "BYE sip:a@b SIP/2.0\nCall-ID: 2\n\n";

    @Test
    void splitsBackToBackAndBlankLineSeparatedMessages() {
        byte[] d = Msgs.crlf(A + B + "\n\n" + C + "\n");
        List<SipLogSplitter.Span> spans = SipLogSplitter.split(d);
        assertThat(spans).hasSize(3);
        assertThat(spans).extracting(SipLogSplitter.Span::line).containsExactly(1, 5, 11);
        assertThat(SipParser.parse(d, spans.get(1).offset(), spans.get(1).length(), ParseMode.STRICT).bodyLength())
                .isEqualTo(5);
        assertThat(SipParser.parse(d, spans.get(2).offset(), spans.get(2).length(), ParseMode.STRICT).callId())
                .isEqualTo("2");
    }

    @Test
    void lfOnlyLogWithWrongContentLengthFallsBackToTheNextStartLine() {
        byte[] d = Msgs.lf("INVITE sip:a@b SIP/2.0\nCall-ID: 1\nContent-Length: 12\n\nv=0\nm=audio\n\n" + C);
        List<SipLogSplitter.Span> spans = SipLogSplitter.split(d);
        assertThat(spans).hasSize(2);
        String first = new String(d, spans.get(0).offset(), spans.get(0).length());
        assertThat(first).endsWith("m=audio\n");
    }

    @Test
    void emptyInputHasNoMessages() {
        assertThat(SipLogSplitter.split(new byte[0])).isEmpty();
        assertThat(SipLogSplitter.split(Msgs.crlf("\n\n  \n"))).isEmpty();
    }
}
