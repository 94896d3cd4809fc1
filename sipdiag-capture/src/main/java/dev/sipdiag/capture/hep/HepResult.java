package dev.sipdiag.capture.hep;

import java.util.List;

/** What {@link HepDecoder#decode} found: a packet, not HEP at all, or HEP too damaged to use. */
public sealed interface HepResult {
    /**
     * A usable packet.
     *
     * @param packet   the packet
     * @param length   octets it occupied (HEPv3: its length field; v1/v2: all input given)
     * @param warnings faults that did not prevent decoding (a skipped malformed chunk, trailing octets)
     */
    record Decoded(HepPacket packet, int length, List<HepIssue> warnings) implements HepResult {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** The input does not start like any HEP version. */
    record NotHep() implements HepResult {
    }

    /** The input is HEP but cannot be used. */
    record Damaged(HepIssue issue) implements HepResult {
    }
}
