package dev.sipdiag.capture.build;

import static dev.sipdiag.capture.build.Packets.*;

/**
 * A TCP connection between 192.0.2.10:40000 (client) and 192.0.2.20:5060 (server) written frame by frame into a
 * raw-IP pcap; sequence numbers are given relative to each side's initial sequence number.
 */
public final class Tcp {
    public static final long CLIENT_ISN = 0xFFFF_FF00L; // wraps around 2^32 within the first 256 bytes
    public static final long SERVER_ISN = 5_000;
    private final Pcap pcap = Pcap.of(101);
    private long time = 1_000_000_000L;

    /** The three-way handshake. */
    public Tcp handshake() {
        client(-1, 0, SYN, new byte[0]);
        server(-1, 0, SYN | ACK, new byte[0]);
        return client(0, 0, ACK, new byte[0]);
    }

    /** A client segment whose first byte is stream byte {@code offset} (-1 = the SYN), acknowledging {@code ack}. */
    public Tcp client(long offset, long ack, int flags, byte[] data) {
        byte[] seg = tcp(40_000, 5060, (CLIENT_ISN + 1 + offset) & 0xFFFF_FFFFL, (SERVER_ISN + 1 + ack) & 0xFFFF_FFFFL,
                flags, data);
        pcap.packet(time += 1_000_000, ipv4("192.0.2.10", "192.0.2.20", TCP, seg));
        return this;
    }

    public Tcp server(long offset, long ack, int flags, byte[] data) {
        byte[] seg = tcp(5060, 40_000, (SERVER_ISN + 1 + offset) & 0xFFFF_FFFFL, (CLIENT_ISN + 1 + ack) & 0xFFFF_FFFFL,
                flags, data);
        pcap.packet(time += 1_000_000, ipv4("192.0.2.20", "192.0.2.10", TCP, seg));
        return this;
    }

    /** Lets capture time pass before the next frame. */
    public Tcp pause(long nanos) {
        time += nanos;
        return this;
    }

    /** Client data at {@code offset}, flags PSH|ACK. */
    public Tcp data(long offset, byte[] data) {
        return client(offset, 0, PSH | ACK, data);
    }

    public Tcp data(long offset, byte[] stream, int from, int to) {
        return data(offset + from, slice(stream, from, to));
    }

    public byte[] toBytes() {
        return pcap.toBytes();
    }
}
