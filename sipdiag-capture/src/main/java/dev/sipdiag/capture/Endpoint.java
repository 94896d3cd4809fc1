package dev.sipdiag.capture;

/**
 * One end of a packet: an IP address in text form (IPv6 without brackets) and a port (0 when unknown).
 */
public record Endpoint(String address, int port) {
    /** "192.0.2.1:5060" or "[2001:db8::1]:5060". */
    @Override
    public String toString() {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }
}
