package dev.sipdiag.capture;

/** What {@link CaptureReader#detect} recognises from the first bytes of an input. */
public enum CaptureFormat {
    /** libpcap file: magic a1b2c3d4 (µs) or a1b23c4d (ns), either byte order. */
    PCAP,
    /** pcapng file: starts with a Section Header Block (0a0d0d0a). */
    PCAPNG,
    /** gzip stream (1f 8b); the content is detected again after inflating. */
    GZIP,
    /** Anything else. */
    UNKNOWN
}
