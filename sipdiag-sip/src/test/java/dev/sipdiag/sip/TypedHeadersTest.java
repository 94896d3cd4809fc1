package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TypedHeadersTest {

    @Test
    void cseqAndMaxForwards() {
        SipMessage m = Msgs.strict(Msgs.INVITE);
        assertThat(m.cseq()).isEqualTo(new CSeq(314159, "INVITE"));
        assertThat(m.maxForwards()).isEqualTo(70);
    }

    @Test
    void cseqAtOrAbove2To31IsInvalid() {
        SipParseException e = catchThrowableOfType(SipParseException.class,
                () -> Msgs.strict(Msgs.INVITE.replace("CSeq: 314159", "CSeq: 2147483648")));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_CSEQ);
    }

    @Test
    void contentTypeWithParameters() {
        ContentType ct = Msgs.strict(Msgs.withHeader("Content-Type: Multipart/Mixed ; boundary=\"7a9c\"")).contentType();
        assertThat(ct.type()).isEqualTo("multipart");
        assertThat(ct.subtype()).isEqualTo("mixed");
        assertThat(ct.isMultipart()).isTrue();
        assertThat(ct.params().get("boundary")).isEqualTo("7a9c");
    }

    @Test
    void warningValues() {
        SipMessage m = Msgs.strict(Msgs.withHeader(
                "Warning: 370 devnull \"Choose a bigger pipe\", 307 isi.edu:5060 \"Session parameter 'foo' not understood\""));
        assertThat(m.warnings()).containsExactly(new WarningValue(370, "devnull", "Choose a bigger pipe"),
                new WarningValue(307, "isi.edu:5060", "Session parameter 'foo' not understood"));
    }

    @Test
    void retryAfterWithCommentAndDuration() {
        RetryAfter r = Msgs.strict(Msgs.withHeader("Retry-After: 18000;duration=3600 ")).retryAfter();
        assertThat(r.seconds()).isEqualTo(18000);
        assertThat(r.duration()).isEqualTo(3600);
        RetryAfter c = Msgs.strict(Msgs.withHeader("Retry-After: 120 (I'm in a (meeting))")).retryAfter();
        assertThat(c.comment()).isEqualTo("I'm in a (meeting)");
        assertThat(c.duration()).isEqualTo(-1);
    }

    @Test
    void optionTagListsAndAllow() {
        SipMessage m = Msgs.strict(Msgs.withHeader(
                "Require: 100rel\nSupported: timer, replaces\nSupported: path\nUnsupported: foo\nAllow: INVITE, ACK,BYE"));
        assertThat(m.require()).containsExactly("100rel");
        assertThat(m.supported()).containsExactly("timer", "replaces", "path");
        assertThat(m.unsupported()).containsExactly("foo");
        assertThat(m.allow()).containsExactly("INVITE", "ACK", "BYE");
    }

    @Test
    void sessionTimers() {
        SipMessage m = Msgs.strict(Msgs.withHeader("x: 1800;refresher=UAC\nMin-SE: 90\nMin-Expires: 60"));
        assertThat(m.sessionExpires().seconds()).isEqualTo(1800);
        assertThat(m.sessionExpires().refresher()).isEqualTo("uac");
        assertThat(m.minSe()).isEqualTo(90);
        assertThat(m.minExpires()).isEqualTo(60);
    }

    @Test
    void digestChallengeAndCredentials() {
        SipMessage m = Msgs.strict(Msgs.withHeader("""
                WWW-Authenticate: Digest realm="atlanta.example.com", qop="auth",
                 nonce="84a4cc6f3082121f32b42a2187831a9e", opaque="", stale=FALSE, algorithm=MD5
                Proxy-Authorization: Digest username="alice", realm="atlanta.example.com",
                 nonce="c60f3082ee1212b402a21831ae", uri="sip:bob@biloxi.example.com", qop=auth, nc=00000001,
                 cnonce="0a4f113b", response="245f23415f11432b3434341c022", algorithm=MD5"""));
        AuthValue ch = m.wwwAuthenticate().get(0);
        assertThat(ch.isDigest()).isTrue();
        assertThat(ch.realm()).isEqualTo("atlanta.example.com");
        assertThat(ch.nonce()).isEqualTo("84a4cc6f3082121f32b42a2187831a9e");
        assertThat(ch.opaque()).isEmpty();
        assertThat(ch.stale()).isFalse();
        assertThat(ch.qop()).isEqualTo("auth");
        AuthValue cr = m.proxyAuthorization().get(0);
        assertThat(cr.username()).isEqualTo("alice");
        assertThat(cr.uri()).isEqualTo("sip:bob@biloxi.example.com");
        assertThat(cr.nc()).isEqualTo("00000001");
        assertThat(cr.cnonce()).isEqualTo("0a4f113b");
        assertThat(cr.response()).isEqualTo("245f23415f11432b3434341c022");
        assertThat(cr.algorithm()).isEqualTo("MD5");
    }

    @Test
    void basicCredentialsKeepTheirToken() {
        AuthValue a = Msgs.strict(Msgs.withHeader("Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")).authorization().get(0);
        assertThat(a.token68()).isEqualTo("QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assertThat(a.params().isEmpty()).isTrue();
    }

    @Test
    void userAgentServerAndReasonAreKeptAsWritten() {
        SipMessage m = Msgs.strict(Msgs.withHeader(
                "User-Agent: Softphone/Beta1.5 (Windows)\nServer: Asterisk PBX 18\nReason: Q.850;cause=16;text=\"Normal call clearing\""));
        assertThat(m.userAgent()).isEqualTo("Softphone/Beta1.5 (Windows)");
        assertThat(m.server()).isEqualTo("Asterisk PBX 18");
        assertThat(m.reason()).isEqualTo("Q.850;cause=16;text=\"Normal call clearing\"");
    }

    @Test
    void absentHeadersGiveNullOrEmptyOrMinusOne() {
        SipMessage m = Msgs.strict(Msgs.INVITE);
        assertThat(m.retryAfter()).isNull();
        assertThat(m.sessionExpires()).isNull();
        assertThat(m.warnings()).isEmpty();
        assertThat(m.expires()).isEqualTo(-1);
        assertThat(m.minSe()).isEqualTo(-1);
        assertThat(m.reason()).isNull();
        assertThat(m.routes()).isEmpty();
    }

    @Test
    void badDateIsAViolation() {
        SipParseException e = catchThrowableOfType(SipParseException.class,
                () -> Msgs.strict(Msgs.withHeader("Date: Fri, 01 Jan 2010 16:00:00 EST")));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_DATE);
        assertThat(Msgs.strict(Msgs.withHeader("Date: Sat, 13 Nov 2010 23:29:00 GMT")).issues()).isEmpty();
    }
}
