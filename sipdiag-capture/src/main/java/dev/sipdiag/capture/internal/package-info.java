/**
 * How {@link dev.sipdiag.capture.CaptureReader} works inside; not an API.
 *
 * <p>The pipeline for one frame: {@link dev.sipdiag.capture.internal.PcapReader} or
 * {@link dev.sipdiag.capture.internal.PcapngReader} (file format, through one reusable
 * {@link dev.sipdiag.capture.internal.ByteInput} buffer) → {@link dev.sipdiag.capture.internal.PacketDecoder}
 * (link layer) → {@code IpLayer} (IPv4/IPv6; {@code FragmentReassembler}; {@code Tunnels}) → UDP delivery or
 * {@code TcpReassembler} → {@code TcpDirection} (stream, framer, TLS detection) → {@code WebSocketFrames}.
 * {@link dev.sipdiag.capture.internal.FrameContext} carries the current frame through the layers and counts its
 * outcome once at the end.
 */
package dev.sipdiag.capture.internal;
