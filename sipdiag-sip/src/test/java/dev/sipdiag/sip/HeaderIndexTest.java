package dev.sipdiag.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading header fields by position, without a {@link SipHeader} per field, agrees with {@link SipMessage#headers()}. */
class HeaderIndexTest {

    private static final String MSG = "INVITE sip:bob@example.com SIP/2.0\r\n"
            + "v: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
            + "From: <sip:alice@example.com>;tag=1\r\n"
            + "To: <sip:bob@example.com>\r\n"
            + "Call-ID: a@b\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Subject: lunch\r\n  tomorrow\r\n"
            + "X-Ticket: 42\r\n"
            + "Content-Length: 0\r\n\r\n";

    @Test
    void positionalAccessMatchesTheHeaderObjects() {
        byte[] b = MSG.getBytes(StandardCharsets.US_ASCII);
        SipMessage m = SipParser.frame(b, 0, b.length, ParseMode.LENIENT);
        assertThat(m.headerCount()).isEqualTo(m.headers().size()).isEqualTo(8);
        for (int i = 0; i < m.headerCount(); i++) {
            SipHeader h = m.headers().get(i);
            assertThat(m.headerName(i)).isEqualTo(h.headerName());
            assertThat(m.headerValue(i)).isEqualTo(h.value());
            assertThat(m.headerNameText(i)).isEqualTo(h.name());
        }
        assertThat(m.headerName(0)).isEqualTo(HeaderName.VIA);
        assertThat(m.headerValue(5)).as("folding undone").isEqualTo("lunch tomorrow");
        assertThat(m.headerName(6)).as("an extension header").isNull();
        assertThat(m.headerNameText(6)).isEqualTo("X-Ticket");
        assertThatThrownBy(() -> m.headerValue(8)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
