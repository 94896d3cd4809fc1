package dev.sipdiag.analysis;

import dev.sipdiag.capture.Endpoint;
import java.util.List;

/** A mutable copy of a {@link SipEvent} for tests that need one field changed. */
final class EventEdit {
    int index;
    long frame;
    long timeNanos;
    String transport;
    Endpoint source;
    Endpoint destination;
    boolean request;
    String method;
    int status;
    String phrase;
    String requestUri;
    String callId;
    long cseq;
    String cseqMethod;
    String fromTag;
    String toTag;
    String fromUri;
    String toUri;
    String fromUser;
    String toUser;
    String branch;
    String sentBy;
    int viaCount;
    String userAgent;
    String pai;
    String reason;
    String warning;
    int retryAfter;
    String contact;
    String correlation;
    List<String> codecs;
    String mediaAddress;
    String originAddress;
    String viaReceived;
    int viaRport;
    int interval;
    int minInterval;
    List<String> viaPath;
    int flags;

    static EventEdit of(SipEvent e) {
        EventEdit b = new EventEdit();
        b.index = e.index();
        b.frame = e.frame();
        b.timeNanos = e.timeNanos();
        b.transport = e.transport();
        b.source = e.source();
        b.destination = e.destination();
        b.request = e.request();
        b.method = e.method();
        b.status = e.status();
        b.phrase = e.phrase();
        b.requestUri = e.requestUri();
        b.callId = e.callId();
        b.cseq = e.cseq();
        b.cseqMethod = e.cseqMethod();
        b.fromTag = e.fromTag();
        b.toTag = e.toTag();
        b.fromUri = e.fromUri();
        b.toUri = e.toUri();
        b.fromUser = e.fromUser();
        b.toUser = e.toUser();
        b.branch = e.branch();
        b.sentBy = e.sentBy();
        b.viaCount = e.viaCount();
        b.userAgent = e.userAgent();
        b.pai = e.pai();
        b.reason = e.reason();
        b.warning = e.warning();
        b.retryAfter = e.retryAfter();
        b.contact = e.contact();
        b.correlation = e.correlation();
        b.codecs = e.codecs();
        b.mediaAddress = e.mediaAddress();
        b.originAddress = e.originAddress();
        b.viaReceived = e.viaReceived();
        b.viaRport = e.viaRport();
        b.interval = e.interval();
        b.minInterval = e.minInterval();
        b.viaPath = e.viaPath();
        b.flags = e.flags();
        return b;
    }

    SipEvent build() {
        return new SipEvent(index, frame, timeNanos, transport, source, destination, request, method, status, phrase,
                requestUri, callId, cseq, cseqMethod, fromTag, toTag, fromUri, toUri, fromUser, toUser, branch,
                sentBy, viaCount, userAgent, pai, reason, warning, retryAfter, contact, correlation, codecs,
                mediaAddress, originAddress, viaReceived, viaRport, interval, minInterval, viaPath, flags);
    }
}
