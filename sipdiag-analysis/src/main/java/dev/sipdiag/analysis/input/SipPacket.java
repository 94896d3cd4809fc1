package dev.sipdiag.analysis.input;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParseException;

/**
 * One SIP message found in the input, where and when it was seen: either parsed ({@code message}) or, when it
 * looked like SIP but could not be parsed even leniently, the error.
 *
 * @param index   0-based number of the SIP message in the whole input
 * @param input   the file it came from
 * @param payload the payload it was found in (addresses, ports, time, frame number)
 * @param offset  where in the payload's bytes the message starts
 * @param length  its length in bytes
 * @param message the parsed message, or null
 * @param error   the parse error, or null
 */
public record SipPacket(int index, String input, Payload payload, int offset, int length, SipMessage message,
                        SipParseException error) {

    /** Whether the message parsed. */
    public boolean parsed() {
        return message != null;
    }
}
