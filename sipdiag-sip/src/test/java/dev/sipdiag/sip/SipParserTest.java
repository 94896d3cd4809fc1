package dev.sipdiag.sip;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SipParserTest {

    @Test
    void readsTheCorrelationKeysWhileFraming() {
        SipMessage m = SipParser.frame(Msgs.crlf(Msgs.INVITE), 0, Msgs.crlf(Msgs.INVITE).length, ParseMode.STRICT);
        assertThat(m).isInstanceOf(SipRequest.class);
        SipRequest r = (SipRequest) m;
        assertThat(r.method()).isEqualTo("INVITE");
        assertThat(r.isMethod("INVITE")).isTrue();
        assertThat(r.requestUriText()).isEqualTo("sip:bob@biloxi.example.com");
        assertThat(m.callId()).isEqualTo("a84b4c76e66710@pc33.atlanta.example.com");
        assertThat(m.cseqNumber()).isEqualTo(314159);
        assertThat(m.cseqMethod()).isEqualTo("INVITE");
        assertThat(m.fromTag()).isEqualTo("1928301774");
        assertThat(m.toTag()).isNull();
        assertThat(m.topViaBranch()).isEqualTo("z9hG4bK776asdhds");
        assertThat(m.topViaHost()).isEqualTo("pc33.atlanta.example.com");
        assertThat(m.topViaPort()).isEqualTo(5062);
        assertThat(m.contentLength()).isEqualTo(5);
        assertThat(new String(m.body(), StandardCharsets.US_ASCII)).isEqualTo("v=0\r\n");
        assertThat(m.issues()).isEmpty();
    }

    @Test
    void readsAResponseStatusLine() {
        SipMessage m = Msgs.strict("""
                SIP/2.0 486 Busy Here
                Via: SIP/2.0/UDP h;branch=z9hG4bK1
                To: <sip:b@x>;tag=t2
                From: <sip:a@x>;tag=t1
                Call-ID: c
                CSeq: 2 INVITE
                Content-Length: 0

                """);
        SipResponse r = (SipResponse) m;
        assertThat(r.statusCode()).isEqualTo(486);
        assertThat(r.reasonPhrase()).isEqualTo("Busy Here");
        assertThat(r.status()).isEqualTo(dev.sipdiag.status.SipStatus.BUSY_HERE);
        assertThat(m.toTag()).isEqualTo("t2");
    }

    @Test
    void compactFormsAndCaseInsensitiveNamesMapToTheSameHeader() {
        SipMessage m = Msgs.strict("""
                MESSAGE sip:b@x SIP/2.0
                v: SIP/2.0/TCP h;branch=z9hG4bK1
                VIA: SIP/2.0/UDP g;branch=z9hG4bK2
                max-forwards: 70
                t: <sip:b@x>
                f: <sip:a@x>;tag=9
                i: cid
                CSEQ: 1 MESSAGE
                m: <sip:a@h>
                k: timer, 100rel
                c: text/plain
                o: presence
                l: 2

                hi""");
        assertThat(m.callId()).isEqualTo("cid");
        assertThat(m.fromTag()).isEqualTo("9");
        assertThat(m.vias()).extracting(Via::host).containsExactly("h", "g");
        assertThat(m.headers(HeaderName.VIA)).hasSize(2);
        assertThat(m.headers("via")).hasSize(2);
        assertThat(m.headers("Event")).singleElement().extracting(SipHeader::value).isEqualTo("presence");
        assertThat(m.supported()).containsExactly("timer", "100rel");
        assertThat(m.contentType().mediaType()).isEqualTo("text/plain");
        assertThat(m.contentLength()).isEqualTo(2);
        assertThat(m.maxForwards()).isEqualTo(70);
    }

    @Test
    void foldedLinesAreOneValue() {
        SipMessage m = Msgs.strict(Msgs.withHeader("Subject: first\n   second\n\tthird"));
        assertThat(m.header("Subject")).isEqualTo("first second third");
        assertThat(new String(m.headers("s").get(0).rawBytes(), StandardCharsets.US_ASCII))
                .isEqualTo("Subject: first\r\n   second\r\n\tthird\r\n");
    }

    @Test
    void headersKeepTheirOrderAndRawBytes() {
        byte[] bytes = Msgs.crlf(Msgs.INVITE);
        SipMessage m = SipParser.parse(bytes, ParseMode.STRICT);
        assertThat(m.headers()).extracting(SipHeader::name).startsWith("Via", "Max-Forwards", "To", "From");
        SipHeader to = m.headers().get(2);
        assertThat(new String(bytes, to.offset(), to.rawBytes().length, StandardCharsets.US_ASCII))
                .isEqualTo("To: Bob <sip:bob@biloxi.example.com>\r\n");
        assertThat(m.toBytes()).isEqualTo(bytes);
    }

    @Test
    void unknownHeadersAreKeptAsWritten() {
        SipMessage m = Msgs.strict(Msgs.withHeader("X-Custom-Thing:   some value "));
        assertThat(m.header("x-custom-thing")).isEqualTo("some value");
        assertThat(m.headers("X-Custom-Thing").get(0).headerName()).isNull();
    }

    @Test
    void lfOnlyLinesAreAWarningWhenLenientAndAnErrorWhenStrict() {
        byte[] lf = Msgs.lf(Msgs.INVITE.replace("Content-Length: 5", "Content-Length: 4"));
        SipMessage m = SipParser.parse(lf, ParseMode.LENIENT);
        assertThat(m.callId()).isEqualTo("a84b4c76e66710@pc33.atlanta.example.com");
        assertThat(m.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.BARE_LF);
        assertThat(m.issues().get(0).line()).isEqualTo(1);
        SipParseException e = catchThrowableOfType(SipParseException.class,
                () -> SipParser.parse(lf, ParseMode.STRICT));
        assertThat(e.code()).isEqualTo(IssueCode.BARE_LF);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(42);
    }

    @Test
    void errorsSayWhereWhatWasExpectedAndWhatWasFound() {
        SipParseException e = catchThrowableOfType(SipParseException.class, () -> Msgs.strict("""
                INVITE  sip:a@b SIP/2.0
                Call-ID: x

                """));
        assertThat(e.getMessage()).isEqualTo("invalid-request-line at 1:7: expected one SP before the Request-URI, "
                + "found ' ' near \"INVITE  sip:a@b SIP/2.0··C…\"");
        assertThat(e.offset()).isEqualTo(6);
        assertThat(e.expected()).isEqualTo("one SP before the Request-URI");
        assertThat(e.found()).isEqualTo("' '");
    }

    @Test
    void contentLengthLargerThanTheDatagramIsTruncatedWhenLenient() {
        SipMessage m = Msgs.lenient(Msgs.INVITE.replace("Content-Length: 5", "Content-Length: 50"));
        assertThat(m.bodyLength()).isEqualTo(5);
        assertThat(m.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.CONTENT_LENGTH_MISMATCH);
        SipParseException e = catchThrowableOfType(SipParseException.class,
                () -> Msgs.strict(Msgs.INVITE.replace("Content-Length: 5", "Content-Length: 50")));
        assertThat(e.code()).isEqualTo(IssueCode.CONTENT_LENGTH_MISMATCH);
    }

    @Test
    void contentLengthSmallerThanTheBodyIsExtendedWhenLenient() {
        SipMessage m = Msgs.lenient(Msgs.INVITE.replace("Content-Length: 5", "Content-Length: 2"));
        assertThat(m.bodyLength()).isEqualTo(5);
        assertThat(m.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.CONTENT_LENGTH_MISMATCH);
        SipMessage s = Msgs.strict(Msgs.INVITE.replace("Content-Length: 5", "Content-Length: 2"));
        assertThat(s.bodyLength()).isEqualTo(2);
        assertThat(s.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.TRAILING_BYTES);
    }

    @Test
    void missingMandatoryHeadersAreWarnings() {
        SipMessage m = Msgs.strict("OPTIONS sip:a@b SIP/2.0\nContent-Length: 0\n\n");
        assertThat(m.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.MISSING_MANDATORY_HEADER);
            assertThat(i.violation()).isFalse();
            assertThat(i.message()).contains("Via", "From", "To", "Call-ID", "CSeq", "Max-Forwards");
        });
        assertThat(m.callId()).isNull();
        assertThat(m.cseqNumber()).isEqualTo(-1);
    }

    @Test
    void leadingCrlfsBeforeTheStartLineAreIgnored() {
        byte[] b = Msgs.crlf("\n\n" + Msgs.INVITE);
        SipMessage m = SipParser.parse(b, ParseMode.STRICT);
        assertThat(m.arrayOffset()).isEqualTo(4);
        assertThat(m.startLine()).isEqualTo("INVITE sip:bob@biloxi.example.com SIP/2.0");
    }

    @Test
    void headerWithoutColonIsAViolation() {
        SipMessage m = Msgs.lenient(Msgs.withHeader("this is not a header"));
        assertThat(m.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.HEADER_MISSING_COLON);
        assertThat(m.issues().get(0).line()).isEqualTo(8);
    }

    @Test
    void emptyAndNonSipInputAreRejectedInBothModes() {
        for (ParseMode mode : ParseMode.values()) {
            assertThat(catchThrowableOfType(SipParseException.class,
                    () -> SipParser.parse(new byte[0], mode)).code()).isEqualTo(IssueCode.EMPTY_MESSAGE);
            assertThat(catchThrowableOfType(SipParseException.class,
                    () -> SipParser.parse(Msgs.crlf("\n\n"), mode)).code()).isEqualTo(IssueCode.EMPTY_MESSAGE);
            assertThat(catchThrowableOfType(SipParseException.class,
                    () -> SipParser.parse(new byte[] {(byte) 0x80, 1, 2}, mode)).code())
                    .isEqualTo(IssueCode.INVALID_START_LINE);
        }
    }

    @Test
    void junkBeforeTheStartLineOfADatagramIsSkippedWhenLenient() {
        byte[] b = Msgs.crlf("\u0001junk junk\n" + Msgs.INVITE);
        SipMessage m = SipParser.parse(b, ParseMode.LENIENT);
        assertThat(m.callId()).isEqualTo("a84b4c76e66710@pc33.atlanta.example.com");
        assertThat(m.arrayOffset()).isEqualTo(12);
        assertThat(m.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.INVALID_START_LINE);
        assertThat(catchThrowableOfType(SipParseException.class, () -> SipParser.parse(b, ParseMode.STRICT)).code())
                .isEqualTo(IssueCode.INVALID_START_LINE);
        SipMessage indented = SipParser.parse(Msgs.crlf("  " + Msgs.INVITE), ParseMode.LENIENT);
        assertThat(indented.startLine()).startsWith("INVITE ");
        assertThat(indented.issues()).extracting(ParseIssue::code).containsExactly(IssueCode.INVALID_START_LINE);
    }

    @Test
    void extensionHeaderValuesMustBeUtf8TextWithoutControlCharacters() {
        assertThat(Msgs.strict(Msgs.withHeader("Subject: caf\u00e9 \u2603")).header("Subject")).isEqualTo("caf\u00e9 \u2603");
        SipParseException ctl = catchThrowableOfType(SipParseException.class,
                () -> Msgs.strict(Msgs.withHeader("X-Note: bell\u0007here")));
        assertThat(ctl.code()).isEqualTo(IssueCode.INVALID_HEADER_VALUE);
        assertThat(ctl.column()).isEqualTo(13);
        byte[] latin1 = Msgs.crlf(Msgs.withHeader("X-Name: Jos\u00e9"));
        int at = new String(latin1, StandardCharsets.ISO_8859_1).indexOf("Jos") + 3;
        latin1[at] = (byte) 0xe9; // a lone ISO-8859-1 byte: not UTF-8
        latin1[at + 1] = '!';
        SipParseException utf = catchThrowableOfType(SipParseException.class,
                () -> SipParser.parse(latin1, ParseMode.STRICT));
        assertThat(utf.code()).isEqualTo(IssueCode.INVALID_HEADER_VALUE);
        assertThat(utf.expected()).isEqualTo("UTF-8 text");
    }

    @Test
    void nullInputIsAParseException() {
        assertThat(catchThrowableOfType(SipParseException.class, () -> SipParser.parse(null, ParseMode.LENIENT)).code())
                .isEqualTo(IssueCode.EMPTY_MESSAGE);
        assertThat(catchThrowableOfType(SipParseException.class, () -> SipParser.parseUri(null)).code())
                .isEqualTo(IssueCode.INVALID_URI);
        assertThat(SipLogSplitter.split(null)).isEmpty();
    }

    @Test
    void badByteRangesAreAParseException() {
        assertThat(catchThrowableOfType(SipParseException.class, () -> SipFraming.frame(new byte[4], 3, 2)))
                .isNotNull();
        assertThat(catchThrowableOfType(SipParseException.class,
                () -> SipParser.parse(new byte[4], 2, 9, ParseMode.LENIENT))).isNotNull();
    }
}
