package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain file of one or more raw SIP messages, with CRLF or LF endings, one after another or separated by
 * blank lines or other framing lines (which are counted as noise).
 *
 * <p>A message starts at a SIP start line; its headers run to the first empty line; its body is as long as
 * Content-Length says, else up to the next start line (trailing blank lines dropped). The last message may end
 * at the end of the file without an empty line when it says Content-Length: 0. There are no addresses or
 * times: source and destination are null, time {@link Payload#NO_TIME}, transport unknown.
 *
 * <p>Example: a file holding "INVITE sip:bob@example.com SIP/2.0", headers, an empty line, then
 * "SIP/2.0 100 Trying" and its headers gives two payloads.
 */
public final class PlainSipFormat extends LineLogFormat {
    /** {@link #name()}. */
    public static final String NAME = "plain";

    /** A header line: field-name ":" (RFC 3261 §7.3.1), the name a token. */
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!%'*+\\-.^_`~]+\\s*:.*");

    public PlainSipFormat() {
        this(LogTimes.DEFAULT);
    }

    /** Plain files have no times; the argument is accepted so every format is built alike. */
    public PlainSipFormat(LogTimes times) {
        super(times);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * 50 when the first non-blank line is a SIP start line; 30 when a later start line is followed by a header
     * line (a file of messages with a note above them); else 0. Formats with their own marks score higher.
     */
    @Override
    public int sniff(byte[] head, int len) {
        List<String> lines = headLines(head, len);
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (SipFraming.isStartLine(line)) {
                if (first) {
                    return 50;
                }
                if (i + 1 < lines.size() && HEADER.matcher(lines.get(i + 1)).matches()) {
                    return 30;
                }
            }
            first = false;
        }
        return 0;
    }

    @Override
    int sniffLine(String line, int index) {
        return 0;
    }

    @Override
    void readRecords(LogRun run) throws IOException {
        Line line;
        while ((line = run.next()) != null) {
            if (!SipFraming.isStartLine(line.text())) {
                run.noise(line);
                continue;
            }
            LogRun.Body body = run.body(line);
            body.add(line.text());
            int contentLength = -1;
            boolean inHeaders = true;
            long bodyOctets = 0;
            Line next;
            while ((next = run.next()) != null) {
                String text = next.text();
                if (inHeaders) {
                    if (SipFraming.isStartLine(text)) {
                        run.pushBack(next);
                        break;
                    }
                    body.add(text);
                    if (text.isBlank()) {
                        inHeaders = false;
                        if (contentLength == 0) {
                            break;
                        }
                    } else {
                        int value = SipFraming.contentLength(text);
                        if (value >= 0) {
                            contentLength = value;
                        }
                    }
                    continue;
                }
                if (contentLength < 0 && SipFraming.isStartLine(text)) {
                    run.pushBack(next);
                    break;
                }
                body.add(text);
                bodyOctets += text.length() + 2;
                if (contentLength >= 0 && bodyOctets >= contentLength) {
                    break;
                }
            }
            boolean closed = next == null || !inHeaders;
            body.deliver(closed, -1, Payload.NO_TIME, Transport.UNKNOWN, null, null);
        }
    }
}
