package dev.sipdiag.sip;

import java.nio.charset.StandardCharsets;

/** Test helpers: messages written with '\n' and turned into CRLF bytes. */
final class Msgs {

    private Msgs() {
    }

    /** The text with every "\n" turned into CRLF. */
    static byte[] crlf(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] lf(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static final String INVITE = """
            INVITE sip:bob@biloxi.example.com SIP/2.0
            Via: SIP/2.0/UDP pc33.atlanta.example.com:5062;branch=z9hG4bK776asdhds;rport
            Max-Forwards: 70
            To: Bob <sip:bob@biloxi.example.com>
            From: "Alice A." <sip:alice@atlanta.example.com>;tag=1928301774
            Call-ID: a84b4c76e66710@pc33.atlanta.example.com
            CSeq: 314159 INVITE
            Contact: <sip:alice@pc33.atlanta.example.com>
            Content-Type: application/sdp
            Content-Length: 5

            v=0
            """;

    static SipMessage strict(String text) {
        return SipParser.parse(crlf(text), ParseMode.STRICT);
    }

    static SipMessage lenient(String text) {
        return SipParser.parse(crlf(text), ParseMode.LENIENT);
    }

    /** A minimal valid request with one extra header line. */
    static String withHeader(String header) {
        return """
                OPTIONS sip:bob@example.com SIP/2.0
                Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKx1
                Max-Forwards: 70
                To: <sip:bob@example.com>
                From: <sip:alice@example.com>;tag=1
                Call-ID: c1@example.com
                CSeq: 1 OPTIONS
                """ + header + "\nContent-Length: 0\n\n";
    }
}
