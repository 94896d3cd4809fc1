package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UriTest {

    @Test
    void sipUriParts() {
        SipUri u = (SipUri) SipParser.parseUri("sips:alice:secret@atlanta.example.com:5061;transport=TCP;lr?Subject=hi&Priority=urgent");
        assertThat(u.secure()).isTrue();
        assertThat(u.scheme()).isEqualTo("sips");
        assertThat(u.user()).isEqualTo("alice");
        assertThat(u.password()).isEqualTo("secret");
        assertThat(u.host()).isEqualTo("atlanta.example.com");
        assertThat(u.port()).isEqualTo(5061);
        assertThat(u.transport()).isEqualTo("tcp");
        assertThat(u.looseRouting()).isTrue();
        assertThat(u.headers().get("subject")).isEqualTo("hi");
        assertThat(u.headers().get("Priority")).isEqualTo("urgent");
    }

    @Test
    void ipv6ReferencesKeepTheirBrackets() {
        SipUri u = (SipUri) SipParser.parseUri("sip:[2001:db8::10]:5070");
        assertThat(u.host()).isEqualTo("[2001:db8::10]");
        assertThat(u.isIpv6Reference()).isTrue();
        assertThat(u.port()).isEqualTo(5070);
        SipUri ambiguous = (SipUri) SipParser.parseUri("sip:[2001:db8::10:5070]");
        assertThat(ambiguous.port()).isEqualTo(-1);
        SipUri mapped = (SipUri) SipParser.parseUri("sip:ted@[::ffff:192.0.2.2]");
        assertThat(mapped.host()).isEqualTo("[::ffff:192.0.2.2]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:user@[2001:db8:::192.0.2.1]", "sip:2001:db8::10", "sip:[1:2:3:4:5:6:7:8:9]",
        "sip:a@b:99999", "sip:a@-b.com", "sip:a@b;;x", "sip:a%4@b", "sip:@b", "sip:a@", "nocolon"})
    void malformedUrisAreRejectedInStrictMode(String text) {
        assertThat(catchThrowableOfType(SipParseException.class, () -> SipParser.parseUri(text))).isNotNull();
    }

    @Test
    void escapesAreDecodedOnRequest() {
        SipUri u = (SipUri) SipParser.parseUri("sip:sips%3Auser%40example.com@example.net");
        assertThat(u.user()).isEqualTo("sips%3Auser%40example.com");
        assertThat(u.decodedUser()).isEqualTo("sips:user@example.com");
        SipUri nul = (SipUri) SipParser.parseUri("sip:null-%00-null@example.com");
        assertThat(nul.decodedUser()).isEqualTo("null-\u0000-null");
        assertThat(Escapes.decode("I%20have%20spaces%C3%A9")).isEqualTo("I have spacesé");
        assertThat(Escapes.decode("100%")).isEqualTo("100%");
    }

    @Test
    void userPartMayHoldSemicolonsAndPasswordsTheirOwnCharacters() {
        SipUri u = (SipUri) SipParser.parseUri("sip:user;par=u%40example.net@example.com");
        assertThat(u.user()).isEqualTo("user;par=u%40example.net");
        assertThat(u.host()).isEqualTo("example.com");
        assertThat(u.params().isEmpty()).isTrue();
    }

    @Test
    void telUris() {
        TelUri t = (TelUri) SipParser.parseUri("tel:+1-201-555-0123;ext=22");
        assertThat(t.global()).isTrue();
        assertThat(t.digits()).isEqualTo("+12015550123");
        assertThat(t.params().get("ext")).isEqualTo("22");
        TelUri local = (TelUri) SipParser.parseUri("tel:7042;phone-context=example.com");
        assertThat(local.global()).isFalse();
        assertThat(local.phoneContext()).isEqualTo("example.com");
    }

    @Test
    void otherSchemesAreOpaque() {
        Uri u = SipParser.parseUri("soap.beep://192.0.2.103:3002");
        assertThat(u).isInstanceOfSatisfying(AbsoluteUri.class, a -> {
            assertThat(a.scheme()).isEqualTo("soap.beep");
            assertThat(a.opaquePart()).isEqualTo("//192.0.2.103:3002");
        });
        assertThat(SipParser.parseUri("urn:service:sos").scheme()).isEqualTo("urn");
    }

    @Test
    void lenientModeReadsWhatItCan() {
        SipUri u = (SipUri) SipParser.parseUri("sip:bob@host_with_underscore.example.com", ParseMode.LENIENT);
        assertThat(u.user()).isEqualTo("bob");
    }
}
