/**
 * Reading captured traffic into raw application payloads, with no knowledge of SIP.
 *
 * <p>{@link dev.sipdiag.capture.CaptureReader} reads pcap, pcapng and gzip-compressed captures: link layers
 * (Ethernet with VLAN tags, Linux cooked v1/v2, raw IP, BSD loopback, PPP), tunnels (IP-in-IP, GRE and ERSPAN,
 * VXLAN, Geneve, GTP-U), IPv4/IPv6 with fragment reassembly, UDP, and TCP reassembled per direction, including
 * WebSocket (RFC 6455) streams. It delivers every UDP payload and every framed TCP/WebSocket message to a
 * {@link dev.sipdiag.capture.PayloadSink}, whatever the port; deciding what is SIP is the caller's business (it
 * supplies the {@link dev.sipdiag.capture.StreamFramer} that cuts TCP streams).
 *
 * <p>Nothing is dropped silently: every frame ends up under one {@link dev.sipdiag.capture.FrameOutcome} in the
 * returned {@link dev.sipdiag.capture.CaptureStats}, and everything unusable is also reported as a
 * {@link dev.sipdiag.capture.Problem} with its frame number and byte offset. All bounds are in
 * {@link dev.sipdiag.capture.CaptureLimits}.
 *
 * <p>The HEP decoder ({@code dev.sipdiag.capture.hep}) plugs in as a {@link dev.sipdiag.capture.PayloadUnwrapper};
 * text logs are read by {@link dev.sipdiag.capture.TextLogFormat}s ({@code dev.sipdiag.capture.log}).
 */
package dev.sipdiag.capture;
