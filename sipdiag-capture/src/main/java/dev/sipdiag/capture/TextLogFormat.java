package dev.sipdiag.capture;

import java.io.IOException;
import java.io.InputStream;

/**
 * A text log format that holds SIP messages: a PBX's or proxy's debug log, sngrep's text export, or a plain
 * file of messages. Each recovered message is delivered as a {@link Payload} with whatever addresses and time
 * the log gives.
 */
public interface TextLogFormat {
    /** Stable name used by {@code --input-format}, e.g. "asterisk-pjsip", "plain". */
    String name();

    /**
     * How sure this format is that a file starting with {@code head} is its own: 0 = not mine, higher = surer.
     * Must be cheap and must not throw.
     */
    int sniff(byte[] head, int len);

    /** Reads the whole log, delivering payloads and problems in order. */
    void read(InputStream in, PayloadSink sink) throws IOException;
}
