package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameAddressTest {

    @Test
    void quotedDisplayNameWithEscapes() {
        SipMessage m = Msgs.strict(Msgs.INVITE.replace("From: \"Alice A.\"",
                "From: \"J Rosenberg \\\\\\\"\"       "));
        NameAddress from = m.from();
        assertThat(from.displayName()).isEqualTo("J Rosenberg \\\"");
        assertThat(from.bracketed()).isTrue();
        assertThat(from.tag()).isEqualTo("1928301774");
        assertThat(((SipUri) from.uri()).user()).isEqualTo("alice");
    }

    @Test
    void tokenDisplayNameWithoutSpaceBeforeTheBracket() {
        NameAddress a = Msgs.strict(Msgs.INVITE.replace("To: Bob <", "To: Bob Smith<")).to();
        assertThat(a.displayName()).isEqualTo("Bob Smith");
    }

    @Test
    void addrSpecParametersBelongToTheHeader() {
        NameAddress to = Msgs.strict(Msgs.INVITE.replace("To: Bob <sip:bob@biloxi.example.com>",
                "To: sip:bob@biloxi.example.com ;   tag    = 1918181833n")).to();
        assertThat(to.bracketed()).isFalse();
        assertThat(to.displayName()).isNull();
        assertThat(to.tag()).isEqualTo("1918181833n");
        assertThat(((SipUri) to.uri()).params().isEmpty()).isTrue();
    }

    @Test
    void contactsExpiresAndQ() {
        SipMessage m = Msgs.strict(Msgs.withHeader(
                "Contact: <sip:a@h1>;expires=3600;q=0.7, \"Two\" <sip:b@h2>\nm: sip:c@h3;q=1"));
        assertThat(m.contacts()).hasSize(3);
        assertThat(m.contacts().get(0).expires()).isEqualTo(3600);
        assertThat(m.contacts().get(0).q()).isEqualTo(0.7);
        assertThat(m.contacts().get(1).displayName()).isEqualTo("Two");
        assertThat(m.contacts().get(1).expires()).isEqualTo(-1);
        assertThat(m.contacts().get(2).q()).isEqualTo(1.0);
        assertThat(m.isContactWildcard()).isFalse();
    }

    @Test
    void wildcardContact() {
        SipMessage m = Msgs.strict(Msgs.withHeader("Contact: *\nExpires: 0"));
        assertThat(m.isContactWildcard()).isTrue();
        assertThat(m.contacts()).isEmpty();
        assertThat(m.expires()).isZero();
    }

    @Test
    void routeSetsInOrder() {
        SipMessage m = Msgs.strict(Msgs.withHeader(
                "Route: <sip:p1.example.com;lr>,<sip:p2.example.com;lr>\nRecord-Route: <sip:rr.example.com;lr>"));
        assertThat(m.routes()).extracting(a -> ((SipUri) a.uri()).host())
                .containsExactly("p1.example.com", "p2.example.com");
        assertThat(((SipUri) m.recordRoutes().get(0).uri()).looseRouting()).isTrue();
    }

    @Test
    void identityAndRedirectionHeaders() {
        SipMessage m = Msgs.strict(Msgs.withHeader("""
                P-Asserted-Identity: "Cullen Jennings" <sip:fluffy@cisco.com>, <tel:+14085264000>
                Diversion: <sip:+15551234@example.com>;reason=unconditional;counter=1
                History-Info: <sip:bob@example.com>;index=1, <sip:office@example.com;cause=302>;index=1.1"""));
        assertThat(m.pAssertedIdentity()).hasSize(2);
        assertThat(m.pAssertedIdentity().get(1).uri()).isInstanceOf(TelUri.class);
        assertThat(m.diversion().get(0).params().get("reason")).isEqualTo("unconditional");
        assertThat(m.historyInfo()).extracting(a -> a.params().get("index")).containsExactly("1", "1.1");
    }

    @Test
    void escapedQuotesOutsideAQuotedStringAreReadLeniently() {
        // Seen in captured traffic: From: \"arik\" <sip:...>;tag=...
        SipMessage m = Msgs.lenient(Msgs.INVITE.replace("From: \"Alice A.\"", "From: \\\"arik\\\""));
        assertThat(m.fromTag()).isEqualTo("1928301774");
        assertThat(m.from().tag()).isEqualTo("1928301774");
        assertThat(((SipUri) m.from().uri()).user()).isEqualTo("alice");
        assertThat(m.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.INVALID_DISPLAY_NAME);
    }

    @Test
    void aQuotedParameterValueWithAngleBracketsDoesNotStartAUri() {
        NameAddress to = Msgs.strict(Msgs.INVITE.replace("To: Bob <sip:bob@biloxi.example.com>",
                "To: sip:bob@biloxi.example.com;x=\"<y>\";tag=7")).to();
        assertThat(to.bracketed()).isFalse();
        assertThat(to.params().get("x")).isEqualTo("<y>");
        assertThat(to.tag()).isEqualTo("7");
    }

    @Test
    void unbracketedUriWithQuestionMarkIsAViolation() {
        SipMessage m = Msgs.lenient(Msgs.withHeader("Contact: sip:user@example.com?Route=%3Csip:x%3E"));
        assertThat(m.issues()).extracting(ParseIssue::code).contains(IssueCode.UNBRACKETED_URI);
    }
}
