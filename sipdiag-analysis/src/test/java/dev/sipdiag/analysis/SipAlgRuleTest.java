package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SipAlgRuleTest {
    private static final Endpoint LAN = new Endpoint("192.168.1.20", 5060);
    private static final Endpoint WAN = new Endpoint("198.51.100.7", 5060);

    @Test
    void theSameInviteRewrittenOnItsWayThroughTheRouter() {
        Flow f = new Flow("alg1");
        SipEvent inside = f.edit(f.request(LAN, PROXY, "INVITE", 1, null), b -> {
            b.sentBy = "192.168.1.20:5060";
            b.contact = "sip:alice@192.168.1.20:5060";
            b.mediaAddress = "192.168.1.20";
        });
        f.edit(f.after(1).again(inside), b -> {
            b.source = WAN;
            b.contact = "sip:alice@198.51.100.7:5060";
        });
        assertThat(f.findings("sip-alg")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.category()).isEqualTo(Category.SIP_ALG);
            assertThat(x.message()).contains("192.168.1.20:5060", "198.51.100.7:5060",
                    "Contact sip:alice@192.168.1.20:5060 → sip:alice@198.51.100.7:5060", "Switch off SIP-ALG");
            assertThat(x.messages()).containsExactly(0, 1);
        });
        assertThat(f.findings("sip-alg", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("Zet SIP-ALG uit", "onderweg veranderd"));
    }

    @Test
    void aContentLengthThatNoLongerFitsTheBody() {
        Flow f = new Flow("alg2");
        f.edit(f.request(WAN, PROXY, "INVITE", 1, null), b -> b.flags |= SipEvent.F_LENGTH_MISMATCH);
        assertThat(f.findings("sip-alg")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("Content-Length"));
    }

    @Test
    void aPrivateOriginWithAPublicConnection() {
        Flow f = new Flow("alg3");
        f.edit(f.request(WAN, PROXY, "INVITE", 1, null), b -> {
            b.originAddress = "192.168.1.20";
            b.mediaAddress = "198.51.100.7";
        });
        assertThat(f.findings("sip-alg")).singleElement().satisfies(x -> {
            assertThat(x.severity()).as("a STUN phone leaves the same trace").isEqualTo("info");
            assertThat(x.message()).contains("o=192.168.1.20", "c=198.51.100.7");
        });
    }

    @Test
    void consistentAddressesAndASecondCopyFromTheSameSenderAreSilent() {
        Flow f = new Flow("alg4");
        SipEvent inv = f.edit(f.request(WAN, PROXY, "INVITE", 1, null), b -> {
            b.originAddress = "198.51.100.7";
            b.mediaAddress = "198.51.100.7";
        });
        f.after(500).again(inv);
        assertThat(f.findings("sip-alg")).isEmpty();
    }
}
