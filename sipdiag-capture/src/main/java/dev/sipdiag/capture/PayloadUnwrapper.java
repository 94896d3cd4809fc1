package dev.sipdiag.capture;

import java.util.function.Consumer;

/**
 * Recovers the packet an encapsulation carries, e.g. HEP (Homer) inside UDP: the inner payload keeps the
 * original addresses, ports, transport and timestamp.
 */
public interface PayloadUnwrapper {
    /**
     * @param outer    the payload as found (e.g. a UDP datagram)
     * @param problems receives what was wrong with an encapsulation that was recognised but damaged
     * @return the inner payload, or null when {@code outer} is not of this encapsulation (or too damaged to
     *         use, in which case a problem was reported)
     */
    Payload unwrap(Payload outer, Consumer<Problem> problems);
}
