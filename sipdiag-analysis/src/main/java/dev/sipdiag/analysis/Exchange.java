package dev.sipdiag.analysis;

import java.util.List;

/**
 * A non-INVITE exchange outside any call: a registration, an OPTIONS ping, a subscription, a MESSAGE.
 *
 * @param method          REGISTER, OPTIONS, SUBSCRIBE, NOTIFY, MESSAGE, INFO, PUBLISH, ...
 * @param callId          its Call-ID
 * @param from            From URI
 * @param to              To URI
 * @param source          sender address of the first request
 * @param destination     receiver address of the first request
 * @param startTime       epoch ms of the first request
 * @param requests        requests sent, retransmissions excluded
 * @param retransmissions retransmitted messages
 * @param authChallenges  401/407 received
 * @param finalStatus     last final response, or null
 * @param outcome         "registered", "unregistered", "auth-failed", "refused", "ok", "failed", "no-response",
 *                        "in-progress"
 * @param durationMs      first request to the last final response (RFC 6076 RRD for a registration)
 * @param userAgent       User-Agent of the sender
 * @param messages        message indexes
 * @param findings        conclusions
 */
public record Exchange(String method, String callId, String from, String to, String source, String destination,
                       long startTime, int requests, int retransmissions, int authChallenges, Integer finalStatus,
                       String outcome, Long durationMs, String userAgent, List<Integer> messages, List<Finding> findings) {

    /** This exchange with other findings. */
    public Exchange withFindings(List<Finding> f) {
        return new Exchange(method, callId, from, to, source, destination, startTime, requests, retransmissions,
                authChallenges, finalStatus, outcome, durationMs, userAgent, messages, List.copyOf(f));
    }
}
