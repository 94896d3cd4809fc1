package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Transport;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sngrep's "save as .txt" export: per message a line with date, time, source and destination, then the message
 * and a blank line.
 *
 * <pre>
 * 2024/11/29 10:11:12.123456 192.0.2.10:5060 -&gt; 198.51.100.1:5060
 * INVITE sip:100@198.51.100.1 SIP/2.0
 * ...
 * </pre>
 *
 * <p>Both ends are given (IPv6 without brackets, the port after the last colon); the transport is not.
 * sngrep writes the capture time in its local zone, read here in {@link LogTimes#zone}.
 */
public final class SngrepTextFormat extends LineLogFormat {
    /** {@link #name()}. */
    public static final String NAME = "sngrep";

    private static final Pattern HEADER = Pattern.compile(
            "^(\\d{4})/(\\d\\d)/(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,9}))? (\\S+) -> (\\S+)$");

    public SngrepTextFormat() {
        this(LogTimes.DEFAULT);
    }

    public SngrepTextFormat(LogTimes times) {
        super(times);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int sniffLine(String line, int index) {
        if (!HEADER.matcher(line).matches()) {
            return 0;
        }
        return index == 0 ? 90 : 80;
    }

    @Override
    void readRecords(LogRun run) throws IOException {
        Line line;
        while ((line = run.next()) != null) {
            Matcher header = HEADER.matcher(line.text());
            if (!header.matches()) {
                run.noise(line);
                continue;
            }
            long time = Stamps.wallClock(times(), num(header, 1), num(header, 2), num(header, 3), num(header, 4),
                    num(header, 5), num(header, 6), Stamps.fraction(header.group(7)));
            Endpoint source = Endpoints.parse(header.group(8));
            Endpoint destination = Endpoints.parse(header.group(9));
            LogRun.Body body = run.body(line);
            boolean closed = true;
            Line next;
            while ((next = run.next()) != null) {
                if (HEADER.matcher(next.text()).matches()) {
                    run.pushBack(next);
                    break;
                }
                body.add(next.text());
            }
            body.deliver(closed, -1, time, Transport.UNKNOWN, source, destination);
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
