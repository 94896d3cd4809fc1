/**
 * Session descriptions (RFC 8866): {@link dev.sipdiag.sip.sdp.SdpParser} turns bytes into a
 * {@link dev.sipdiag.sip.sdp.SessionDescription} of records, with the media attributes diagnosis needs typed
 * (rtpmap, fmtp, ptime, direction, rtcp) and helpers for the effective connection, codec names and hold.
 * Problems are {@link dev.sipdiag.sip.sdp.SdpProblem}s, explained in English and Dutch; limits are in
 * {@link dev.sipdiag.sip.sdp.SdpLimits}.
 */
package dev.sipdiag.sip.sdp;
