package dev.sipdiag.sip.sdp;

/**
 * One line of a session description located in the buffer: {@code <type>=<value>}.
 *
 * @param type       the type letter, or 0 when the line has no {@code x=} form
 * @param start      absolute index of the first byte of the line
 * @param valueStart absolute index of the first byte after {@code =}
 * @param end        absolute index after the last content byte (line end excluded)
 * @param number     1-based line number
 */
record SdpLine(char type, int start, int valueStart, int end, int number) {
}
