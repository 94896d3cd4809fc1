package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code c=} values from {@code sdp-connections.csv}, parsed strictly inside a minimal description: multicast
 * ranges at their edges (RFC 5771 224.0.0.0/4, RFC 4291 ff00::/8), the hold address, and the rendering back to
 * SDP text.
 */
class ConnectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/sdp-connections.csv", delimiter = '|', numLinesToSkip = 1)
    void classifiesAndRenders(String line, boolean multicast, boolean unspecified, String rendering)
            throws Exception {
        SessionDescription sd = SdpParser.parse("v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=" + line + "\r\nt=0 0\r\n",
                BodyParseMode.STRICT);
        Connection c = sd.connection().orElseThrow();
        assertThat(c.isMulticast()).isEqualTo(multicast);
        assertThat(c.isUnspecified()).isEqualTo(unspecified);
        assertThat(c).hasToString(rendering);
    }
}
