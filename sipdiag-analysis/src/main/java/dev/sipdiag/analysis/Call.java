package dev.sipdiag.analysis;

import java.util.List;

/**
 * One call as sipdiag reconstructed it: the first leg decides the outcome and timings, as the caller saw them.
 * Times are epoch milliseconds (-1 when unknown); durations are milliseconds or null when they do not apply.
 *
 * @param callId           Call-ID of the first leg
 * @param from             caller: From URI
 * @param to               callee: To URI
 * @param fromUser         user part of From
 * @param toUser           user part of To
 * @param requestUri       Request-URI of the first INVITE
 * @param assertedIdentity P-Asserted-Identity, if any
 * @param startTime        time of the first INVITE
 * @param outcome          what became of the call
 * @param finalStatus      the final response that decided the outcome, or null
 * @param finalPhrase      its reason phrase
 * @param reason           Reason header on the final response (or on the CANCEL/BYE that ended the call)
 * @param warning          Warning header on the final response
 * @param postDialDelayMs  first INVITE to first 18x
 * @param setupMs          first INVITE to 2xx
 * @param ringMs           first 180/183 to answer or final response
 * @param durationMs       2xx to BYE
 * @param finalMs          first INVITE to the final response that decided the outcome
 * @param disconnectMs     BYE to its final response (RFC 6076 SDD)
 * @param endedBy          "caller", "callee", or null
 * @param authChallenges   401/407 challenges answered within the call
 * @param redirectFollowed a 3xx was answered by a new INVITE
 * @param callerAgent      User-Agent of the caller
 * @param calleeAgent      Server/User-Agent of the answering side
 * @param hops             most Via values seen on an INVITE of the call
 * @param codecsOffered    codecs of the INVITE's SDP offer
 * @param codecsAnswered   codecs of the answer (2xx or 18x SDP)
 * @param retransmissions  retransmitted messages in the whole call
 * @param legs             every leg of the call (the first is the caller's)
 * @param messages         indexes of the call's messages in the input, in order
 * @param findings         what sipdiag concluded about the call
 * @param correlation      X-CID / X-Call-ID style header value linking B2BUA legs, or null
 */
public record Call(String callId, String from, String to, String fromUser, String toUser, String requestUri,
                   String assertedIdentity, long startTime, Outcome outcome, Integer finalStatus,
                   String finalPhrase, String reason, String warning, Long postDialDelayMs, Long setupMs,
                   Long ringMs, Long durationMs, Long finalMs, Long disconnectMs, String endedBy, int authChallenges, boolean redirectFollowed,
                   String callerAgent, String calleeAgent, int hops, List<String> codecsOffered,
                   List<String> codecsAnswered, int retransmissions, List<Leg> legs, List<Integer> messages,
                   List<Finding> findings, String correlation) {

    /** This call with other findings. */
    public Call withFindings(List<Finding> f) {
        return new Call(callId, from, to, fromUser, toUser, requestUri, assertedIdentity, startTime, outcome,
                finalStatus, finalPhrase, reason, warning, postDialDelayMs, setupMs, ringMs, durationMs, finalMs, disconnectMs, endedBy,
                authChallenges, redirectFollowed, callerAgent, calleeAgent, hops, codecsOffered, codecsAnswered,
                retransmissions, legs, messages, List.copyOf(f), correlation);
    }

    /** This call with the legs and messages of calls linked to it. */
    Call withLinked(List<Leg> allLegs, List<Integer> allMessages, int allRetransmissions) {
        return new Call(callId, from, to, fromUser, toUser, requestUri, assertedIdentity, startTime, outcome,
                finalStatus, finalPhrase, reason, warning, postDialDelayMs, setupMs, ringMs, durationMs, finalMs, disconnectMs, endedBy,
                authChallenges, redirectFollowed, callerAgent, calleeAgent, hops, codecsOffered, codecsAnswered,
                allRetransmissions, List.copyOf(allLegs), List.copyOf(allMessages), findings, correlation);
    }

    /** One hop of a call: the INVITE from one address to the next, and what that hop answered. */
    public record Leg(String callId, String source, String destination, String transport, Outcome outcome,
                      Integer finalStatus, int invites, int retransmissions) {
    }
}
