package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NatRuleTest {
    private static final Endpoint PUBLIC = new Endpoint("198.51.100.7", 31234);
    private static final Endpoint LAN = new Endpoint("192.168.1.20", 5060);

    private static Flow natted(Endpoint from, int vias) {
        Flow f = new Flow("nat");
        SipEvent inv = f.edit(f.request(from, PROXY, "INVITE", 1, null), b -> {
            b.sentBy = "192.168.1.20:5060";
            b.contact = "sip:alice@192.168.1.20:5060";
            b.mediaAddress = "192.168.1.20";
            b.viaCount = vias;
        });
        f.edit(f.after(30).respond(inv, 100, "Trying", null), b -> {
            b.viaReceived = "198.51.100.7";
            b.viaRport = 31234;
        });
        return f;
    }

    @Test
    void privateAddressesFromAPublicSourceAreNat() {
        assertThat(natted(PUBLIC, 1).findings("nat")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.category()).isEqualTo(Category.NAT);
            assertThat(x.message()).contains("198.51.100.7:31234 (TestPhone/1.0)", "Via 192.168.1.20:5060",
                    "Contact sip:alice@192.168.1.20:5060", "SDP c=192.168.1.20", "received=198.51.100.7",
                    "rport=31234", "one-way", "STUN");
            assertThat(x.messages()).containsExactly(0, 1);
        });
        assertThat(natted(PUBLIC, 1).findings("nat", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("privéadressen", "één richting"));
    }

    @Test
    void seenInsideTheLanItIsNotTranslatedYet() {
        assertThat(natted(LAN, 1).findings("nat")).isEmpty();
    }

    @Test
    void aProxyForwardingTheCallersContactIsNotJudged() {
        assertThat(natted(PUBLIC, 2).findings("nat")).isEmpty();
    }

    @Test
    void fromLoopbackOnlyWhenTheServerSawAnotherAddress() {
        Endpoint lo = new Endpoint("127.0.0.1", 5172);
        assertThat(natted(lo, 1).findings("nat")).as("received=198.51.100.7 is not the claimed 192.168.1.20")
                .hasSize(1);
        Flow same = new Flow("nat-lo");
        SipEvent inv = same.edit(same.request(lo, PROXY, "INVITE", 1, null), b -> {
            b.sentBy = "192.168.1.20:5060";
            b.contact = "sip:alice@192.168.1.20:5060";
        });
        same.edit(same.after(30).respond(inv, 100, "Trying", null), b -> b.viaReceived = "192.168.1.20");
        assertThat(same.findings("nat")).isEmpty();
    }
}
