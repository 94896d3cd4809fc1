/**
 * SIP message bodies other than their content: Content-Type values ({@link dev.sipdiag.sip.body.MediaType}) and
 * multipart bodies (RFC 2046 §5.1, RFC 5621) split into parts by {@link dev.sipdiag.sip.body.MultipartParser},
 * with {@link dev.sipdiag.sip.body.MultipartBody#findSdp()} to reach the session description.
 *
 * <p>Every body parser has the two modes of {@link dev.sipdiag.sip.body.BodyParseMode}, reports deviations as
 * {@link dev.sipdiag.sip.body.BodyWarning}s and throws one {@link dev.sipdiag.sip.body.BodyParseException}
 * subtype; limits are in {@link dev.sipdiag.sip.body.BodyLimits}.
 */
package dev.sipdiag.sip.body;
