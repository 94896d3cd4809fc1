/**
 * Helpers shared by the body parsers ({@code dev.sipdiag.sip.sdp}, {@code dev.sipdiag.sip.body}): turning byte
 * offsets into line, column and a quote. Not an API; may change without notice.
 */
package dev.sipdiag.sip.body.internal;
