package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointsTest {
    @Test
    void addressForms() {
        assertThat(Endpoints.parse("192.0.2.1:5060")).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(Endpoints.parse("[2001:DB8::1]:5061")).isEqualTo(new Endpoint("2001:db8::1", 5061));
        assertThat(Endpoints.parse("2001:db8::1:5062")).isEqualTo(new Endpoint("2001:db8::1", 5062));
        assertThat(Endpoints.parse("pbx.example.com:5060")).isEqualTo(new Endpoint("pbx.example.com", 5060));
    }

    @Test
    void notAddresses() {
        assertThat(Endpoints.parse("192.0.2.1")).isNull();
        assertThat(Endpoints.parse("192.0.2.1:65536")).isNull();
        assertThat(Endpoints.parse(":5060")).isNull();
        assertThat(Endpoints.parse("[2001:db8::1]5060")).isNull();
        assertThat(Endpoints.parse("[2001:db8::1")).isNull();
        assertThat(Endpoints.parse("192.0.2.1:50a0")).isNull();
    }

    @Test
    void transportNames() {
        assertThat(Endpoints.transport("UDP")).isEqualTo(Transport.UDP);
        assertThat(Endpoints.transport("UDP6")).isEqualTo(Transport.UDP);
        assertThat(Endpoints.transport("tcp")).isEqualTo(Transport.TCP);
        assertThat(Endpoints.transport("TLS")).isEqualTo(Transport.TLS);
        assertThat(Endpoints.transport("WSS")).isEqualTo(Transport.WSS);
        assertThat(Endpoints.transport("ws")).isEqualTo(Transport.WS);
        assertThat(Endpoints.transport("sctp")).isEqualTo(Transport.SCTP);
        assertThat(Endpoints.transport("LOOP-DGRAM")).isEqualTo(Transport.UNKNOWN);
    }
}
