package dev.sipdiag.bench;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.StringMsgParser;
import io.pkts.packet.sip.SipMessage;
import io.pkts.packet.sip.header.SipHeader;

import java.util.Objects;

/**
 * The Java SIP parsers people use instead of sipdiag's, behind the two operations the benchmarks measure.
 * Each operation returns a value derived from what it read so the JIT cannot drop the work.
 */
public enum SipBaseline {

    /**
     * JAIN-SIP reference implementation, {@code gov.nist.javax.sip.parser.StringMsgParser}, one parser per thread
     * reused for every message as a JAIN-SIP message channel reuses its parser. It has no lazy path: every header
     * is parsed into objects before anything can be read, so both operations pay a full parse.
     */
    JAIN_SIP {
        private final ThreadLocal<StringMsgParser> parser = ThreadLocal.withInitial(StringMsgParser::new);

        @Override
        public Object frameAndKeys(byte[] message) throws Exception {
            SIPMessage m = parser.get().parseSIPMessage(message, true, false, null);
            return keys(m);
        }

        @Override
        public Object fullParse(byte[] message) throws Exception {
            SIPMessage m = parser.get().parseSIPMessage(message, true, false, null);
            int h = keys(m);
            var it = m.getHeaders();
            while (it.hasNext()) {
                h = 31 * h + it.next().hashCode();
            }
            if (m instanceof SIPRequest r) {
                h = 31 * h + r.getRequestURI().hashCode();
            }
            return h;
        }

        private int keys(SIPMessage m) {
            return Objects.hash(m.getCallId().getCallId(), m.getCSeq().getSeqNumber(), m.getCSeq().getMethod(),
                    m.getFrom().getTag(), m.getTo().getTag(), m.getTopmostVia().getBranch(),
                    m.getContentLength().getContentLength());
        }
    },

    /**
     * pkts-sip ({@code io.pkts.packet.sip.SipMessage.frame}): frames the message and parses headers on access.
     * The full parse asks every header for its typed form ({@code SipHeader.ensure()}).
     */
    PKTS {
        @Override
        public Object frameAndKeys(byte[] message) throws Exception {
            return keys(SipMessage.frame(message));
        }

        @Override
        public Object fullParse(byte[] message) throws Exception {
            SipMessage m = SipMessage.frame(message);
            int h = keys(m);
            for (SipHeader header : m.getAllHeaders()) {
                h = 31 * h + header.ensure().getValue().hashCode();
            }
            if (m.isRequest()) {
                h = 31 * h + m.toRequest().getRequestUri().hashCode();
            }
            return h;
        }

        private int keys(SipMessage m) throws Exception {
            return Objects.hash(m.getCallIDHeader().getCallId(), m.getCSeqHeader().getSeqNumber(),
                    m.getCSeqHeader().getMethod(), m.getFromHeader().getTag(), m.getToHeader().getTag(),
                    m.getViaHeader().getBranch(), m.getContentLength());
        }
    };

    /**
     * Frames one message and reads its correlation keys: Call-ID, CSeq, From and To tags, top Via branch,
     * Content-Length.
     *
     * @param message one complete message
     * @return a value derived from the keys
     * @throws Exception whatever the library throws for the message
     */
    public abstract Object frameAndKeys(byte[] message) throws Exception;

    /**
     * Parses one message completely: every header in its typed form and the Request-URI.
     *
     * @param message one complete message
     * @return a value derived from what was parsed
     * @throws Exception whatever the library throws for the message
     */
    public abstract Object fullParse(byte[] message) throws Exception;
}
