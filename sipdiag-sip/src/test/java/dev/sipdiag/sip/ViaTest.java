package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ViaTest {

    private static SipMessage withVia(String via) {
        return Msgs.strict("""
                OPTIONS sip:bob@example.com SIP/2.0
                """ + via + """

                Max-Forwards: 70
                To: <sip:bob@example.com>
                From: <sip:alice@example.com>;tag=1
                Call-ID: c1@example.com
                CSeq: 1 OPTIONS
                Content-Length: 0

                """);
    }

    @Test
    void allPartsOfAViaParm() {
        Via v = withVia("Via: SIP/2.0/tls client.example.com:5061;branch=z9hG4bK74bf9;received=192.0.2.1;"
                + "rport=5070;maddr=224.2.0.1;ttl=16").topVia();
        assertThat(v.protocolName()).isEqualTo("SIP");
        assertThat(v.protocolVersion()).isEqualTo("2.0");
        assertThat(v.transport()).isEqualTo("TLS");
        assertThat(v.host()).isEqualTo("client.example.com");
        assertThat(v.port()).isEqualTo(5061);
        assertThat(v.branch()).isEqualTo("z9hG4bK74bf9");
        assertThat(v.hasMagicCookie()).isTrue();
        assertThat(v.received()).isEqualTo("192.0.2.1");
        assertThat(v.hasRport()).isTrue();
        assertThat(v.rport()).isEqualTo(5070);
        assertThat(v.maddr()).isEqualTo("224.2.0.1");
        assertThat(v.ttl()).isEqualTo(16);
    }

    @Test
    void rportWithoutValueIsPresentButHasNoPort() {
        Via v = withVia("Via: SIP/2.0/UDP h;rport;branch=z9hG4bK1").topVia();
        assertThat(v.hasRport()).isTrue();
        assertThat(v.rport()).isEqualTo(-1);
        assertThat(v.port()).isEqualTo(-1);
    }

    @Test
    void commaSeparatedAndFoldedViasWithLwsAroundSlashes() {
        SipMessage m = withVia("v:  SIP  / 2.0  / TCP     spindle.example.com   ;\n  branch  =   z9hG4bK9ikj8  ,\n"
                + " SIP  /    2.0   / UDP  [2001:db8::9:1]:6050   ; branch=\n z9hG4bK30239");
        assertThat(m.vias()).hasSize(2);
        assertThat(m.vias().get(0).branch()).isEqualTo("z9hG4bK9ikj8");
        assertThat(m.vias().get(1).host()).isEqualTo("[2001:db8::9:1]");
        assertThat(m.vias().get(1).port()).isEqualTo(6050);
        assertThat(m.vias().get(1).branch()).isEqualTo("z9hG4bK30239");
        assertThat(m.topViaBranch()).isEqualTo("z9hG4bK9ikj8");
        assertThat(m.topViaHost()).isEqualTo("spindle.example.com");
    }

    @Test
    void ipv6ReceivedWithAndWithoutBrackets() {
        assertThat(withVia("Via: SIP/2.0/UDP [2001:db8::9:1];received=2001:db8::9:255;branch=z9hG4bKa")
                .topVia().received()).isEqualTo("2001:db8::9:255");
        assertThat(withVia("Via: SIP/2.0/UDP [2001:db8::9:1];received=[2001:db8::9:255];branch=z9hG4bKa")
                .topVia().received()).isEqualTo("[2001:db8::9:255]");
    }

    @Test
    void malformedViasAreRejected() {
        for (String bad : new String[] {"Via: SIP/2.0 host;branch=z9hG4bK1", "Via: SIP/2.0/UDP",
            "Via: SIP/2.0/UDP host:port", "Via: SIP/2.0/UDP host;branch=z9hG4bK1,,"}) {
            SipParseException e = catchThrowableOfType(SipParseException.class, () -> withVia(bad));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.line()).isEqualTo(2);
        }
    }
}
