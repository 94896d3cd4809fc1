/**
 * HEP (Homer Encapsulation Protocol, also EEP) versions 1, 2 and 3: {@link dev.sipdiag.capture.hep.HepDecoder}
 * unwraps a HEP packet found in a capture into the packet it carries, with the original addresses, ports,
 * transport, capture time and correlation id; {@link dev.sipdiag.capture.hep.HepStreamReader} reads a file of
 * concatenated HEPv3 packets.
 *
 * <p>Damaged HEP is reported as a {@link dev.sipdiag.capture.Problem} with a stable reason and the octet
 * offset, never thrown; every limit is in {@link dev.sipdiag.capture.hep.HepLimits}. The specification is
 * "HEP3 Network Protocol Specification" (sipcapture.org); HEPv1/v2 have no specification beyond the C struct
 * their senders use, described in {@code HepDecoder}.
 */
package dev.sipdiag.capture.hep;
