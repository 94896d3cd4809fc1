package dev.sipdiag.capture.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SipFramingTest {
    @ParameterizedTest
    @ValueSource(strings = {"INVITE sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK", "SIP/2.0 486 Busy Here",
            "sip/2.0 100", "NEWMETHOD sip:x@example.com SIP/2.0", "OPTIONS * SIP/2.0", "SIP/2.0 603 Decline"})
    void startLines(String line) {
        assertThat(SipFraming.isStartLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Via: SIP/2.0/UDP 192.0.2.1", "HTTP/1.1 200 OK", "SIP/2.0 99 Odd", "SIP/2.0 700 Nope",
            "INVITE sip:bob@example.com", "INVITE  SIP/2.0", "INVITE sip:a SIP/3.0", "-- Executing [100@default:1]"})
    void notStartLines(String line) {
        assertThat(SipFraming.isStartLine(line)).isFalse();
    }

    private static String text(SipFraming.Framed framed) {
        return new String(((SipFraming.Framed.Message) framed).data(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void bodyIsCutAtContentLengthAndLinesGetCrlf() {
        List<String> lines = List.of("", "MESSAGE sip:a@b SIP/2.0", "Content-Length: 8", "", "Hello", "world", "noise");

        SipFraming.Framed framed = SipFraming.frame(lines, true, -1);

        assertThat(text(framed)).isEqualTo("MESSAGE sip:a@b SIP/2.0\r\nContent-Length: 8\r\n\r\nHello\r\nw");
        assertThat(((SipFraming.Framed.Message) framed).lines()).isEqualTo(6);
    }

    @Test
    void compactContentLengthCounts() {
        assertThat(text(SipFraming.frame(List.of("SIP/2.0 200 OK", "l: 2", "", "ok"), true, -1)))
                .isEqualTo("SIP/2.0 200 OK\r\nl: 2\r\n\r\nok");
    }

    @Test
    void withoutContentLengthTheBodyIsEverythingButTrailingBlankLines() {
        assertThat(text(SipFraming.frame(List.of("SIP/2.0 200 OK", "", "v=0", "s=-", "", ""), false, -1)))
                .isEqualTo("SIP/2.0 200 OK\r\n\r\nv=0\r\ns=-\r\n");
    }

    @Test
    void headerBlockWithoutEndIsCutShortUnlessClosedWithZeroLength() {
        assertThat(SipFraming.frame(List.of("SIP/2.0 200 OK", "Call-ID: x"), true, -1))
                .isEqualTo(new SipFraming.Framed.Truncated("log-truncated-headers", 0, 0));
        assertThat(SipFraming.frame(List.of("SIP/2.0 200 OK", "Content-Length: 0"), false, -1))
                .isInstanceOf(SipFraming.Framed.Truncated.class);
        assertThat(text(SipFraming.frame(List.of("SIP/2.0 200 OK", "Content-Length: 0"), true, -1)))
                .isEqualTo("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
    }

    @Test
    void shortBodyIsCutShort() {
        assertThat(SipFraming.frame(List.of("SIP/2.0 200 OK", "Content-Length: 100", "", "v=0"), true, -1))
                .isEqualTo(new SipFraming.Framed.Truncated("log-truncated-body", 5, 100));
    }

    @Test
    void statedSizeCatchesMessagesCutWithoutContentLength() {
        List<String> lines = List.of("SIP/2.0 200 OK", "Call-ID: x", "");
        // 30 octets rebuilt from 3 lines; up to one octet of slack per line is allowed
        assertThat(SipFraming.frame(lines, false, 30)).isInstanceOf(SipFraming.Framed.Message.class);
        assertThat(SipFraming.frame(lines, false, 33)).isInstanceOf(SipFraming.Framed.Message.class);
        assertThat(SipFraming.frame(lines, false, 34)).isInstanceOf(SipFraming.Framed.Truncated.class);
        assertThat(SipFraming.frame(lines, false, 200)).isInstanceOf(SipFraming.Framed.Truncated.class);
    }

    @Test
    void nonSipIsNamed() {
        assertThat(SipFraming.frame(List.of("", "hello"), true, -1)).isEqualTo(new SipFraming.Framed.NotSip("hello"));
        assertThat(SipFraming.frame(List.of(), true, -1)).isEqualTo(new SipFraming.Framed.NotSip(""));
    }

    @Test
    void contentLengthValues() {
        assertThat(SipFraming.contentLength("Content-Length: 42")).isEqualTo(42);
        assertThat(SipFraming.contentLength("content-length :7")).isEqualTo(7);
        assertThat(SipFraming.contentLength("Content-Length: -1")).isEqualTo(-1);
        assertThat(SipFraming.contentLength("Content-Length: 99999999999")).isEqualTo(-1);
        assertThat(SipFraming.contentLength("Content-Type: 5")).isEqualTo(-1);
    }
}
