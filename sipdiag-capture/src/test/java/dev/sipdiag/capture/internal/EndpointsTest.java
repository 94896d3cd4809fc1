package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.build.Packets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/addresses/ipv6-text.csv")
    void ipv6TextFollowsRfc5952(String written, String canonical) {
        assertThat(Endpoints.ipv6(Packets.addr(written), 0)).isEqualTo(canonical);
    }

    @Test
    void sameAddressAndPortGiveTheSameEndpoint() {
        Endpoints endpoints = new Endpoints();
        byte[] a = Packets.addr("192.0.2.7");
        Endpoint first = endpoints.of(4, a, 5060);
        assertThat(endpoints.of(4, a.clone(), 5060)).isSameAs(first);
        assertThat(endpoints.of(4, a, 5061)).isEqualTo(new Endpoint("192.0.2.7", 5061));
        assertThat(endpoints.of(6, Packets.addr("2001:db8::7"), 5060).toString()).isEqualTo("[2001:db8::7]:5060");
    }
}
