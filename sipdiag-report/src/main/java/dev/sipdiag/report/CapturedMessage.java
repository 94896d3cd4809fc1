package dev.sipdiag.report;

import dev.sipdiag.analysis.SipEvent;

/**
 * One SIP message of a call being rendered, with the text it had on the wire.
 *
 * @param event what the analysis knows of it (index, time, addresses, correlation keys)
 * @param raw   the message as text: UTF-8 (undecodable bytes replaced), at most
 *              {@link MessageCollector#MAX_RAW_CHARS} characters, or null when the collector kept events only;
 *              may hold anything the sender put there, so every renderer escapes it for its medium
 */
public record CapturedMessage(SipEvent event, String raw) {
}
