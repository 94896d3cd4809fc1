package dev.sipdiag.capture.internal;

import java.util.Arrays;

/** One direction of a TCP connection: IP version, source and destination address and port. Mutable for lookups. */
final class FlowKey {
    int version;
    final byte[] src = new byte[16];
    final byte[] dst = new byte[16];
    int sourcePort;
    int destinationPort;
    private int hash;

    void set(int version, byte[] src, byte[] dst, int sourcePort, int destinationPort) {
        this.version = version;
        System.arraycopy(src, 0, this.src, 0, 16);
        System.arraycopy(dst, 0, this.dst, 0, 16);
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
        int h = version;
        for (int i = 0; i < 16; i++) {
            h = h * 31 + src[i];
            h = h * 31 + dst[i];
        }
        this.hash = (h * 31 + sourcePort) * 65_599 + destinationPort;
    }

    FlowKey copy() {
        FlowKey k = new FlowKey();
        k.set(version, src, dst, sourcePort, destinationPort);
        return k;
    }

    FlowKey reverse() {
        FlowKey k = new FlowKey();
        k.set(version, dst, src, destinationPort, sourcePort);
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && k.hash == hash && k.sourcePort == sourcePort
                && k.destinationPort == destinationPort && k.version == version
                && Arrays.equals(k.src, src) && Arrays.equals(k.dst, dst);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
