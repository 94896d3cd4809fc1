package dev.sipdiag.capture.hep;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpTextTest {
    /** RFC 5952 §4: canonical text of IPv6 addresses. */
    @ParameterizedTest
    @CsvSource({
            "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "0000:0000:0000:0000:0000:0000:0000:0001, ::1",
            "0000:0000:0000:0000:0000:0000:0000:0000, ::",
            "0001:0000:0000:0000:0000:0000:0000:0000, 1::",
            "2001:0db8:0000:0001:0001:0001:0001:0001, 2001:db8:0:1:1:1:1:1",
            "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
            "2001:0000:0000:0001:0000:0000:0000:0001, 2001:0:0:1::1",
            "2001:0DB8:AAAA:BBBB:CCCC:DDDD:EEEE:FFFF, 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff"})
    void ipv6IsCanonical(String full, String canonical) {
        byte[] octets = new byte[16];
        String[] groups = full.split(":");
        for (int i = 0; i < 8; i++) {
            int value = Integer.parseInt(groups[i], 16);
            octets[2 * i] = (byte) (value >> 8);
            octets[2 * i + 1] = (byte) value;
        }
        assertThat(IpText.format(octets, 0, 16)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"192.0.2.1", "0.0.0.0", "255.255.255.255"})
    void ipv4IsDottedQuad(String address) {
        assertThat(IpText.format(HepBuilder.address(address), 0, 4)).isEqualTo(address);
    }
}
