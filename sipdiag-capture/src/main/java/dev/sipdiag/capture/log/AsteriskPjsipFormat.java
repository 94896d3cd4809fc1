package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's PJSIP message log ({@code pjsip set logger on}), from the CLI or the {@code full} log file:
 *
 * <pre>
 * [Nov 29 10:11:12] VERBOSE[2201] res_pjsip_logger.c: &lt;--- Received SIP request (512 bytes) from UDP:192.0.2.10:5060 ---&gt;
 * INVITE sip:100@198.51.100.1 SIP/2.0
 * ...
 * </pre>
 *
 * <p>"Received ... from" gives the source (the destination, Asterisk itself, is null); "Transmitting ... to"
 * the destination (source null). The transport is the one named before the address (UDP, TCP, TLS, WS, WSS;
 * pjsip's "UDP6" etc. too). The time is that of the log line prefix, on the marker line or the line just
 * before it: "[2024-11-29 10:11:12.345]" or Asterisk's default "[Nov 29 10:11:12]" (the year is then
 * {@link LogTimes#defaultYear}); the zone is {@link LogTimes#zone}. Without a prefix (CLI output) there is no
 * time. The message runs to the next log line or marker; its stated size in bytes detects messages cut short.
 */
public final class AsteriskPjsipFormat extends LineLogFormat {
    /** {@link #name()}. */
    public static final String NAME = "asterisk-pjsip";

    private static final Pattern MARKER = Pattern.compile(
            "<--- (Received|Transmitting) SIP (?:request|response) \\((\\d{1,9}) bytes\\) (?:from|to) "
                    + "([A-Za-z0-9_-]+):(\\S+) --->");

    public AsteriskPjsipFormat() {
        this(LogTimes.DEFAULT);
    }

    public AsteriskPjsipFormat(LogTimes times) {
        super(times);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int sniffLine(String line, int index) {
        return MARKER.matcher(line).find() ? 90 : 0;
    }

    @Override
    void readRecords(LogRun run) throws IOException {
        long previousTime = Payload.NO_TIME;
        Line line;
        while ((line = run.next()) != null) {
            String text = line.text();
            long lineTime = Stamps.bracketed(text, times());
            Matcher marker = MARKER.matcher(text);
            if (!marker.find()) {
                run.noise(line);
                previousTime = lineTime;
                continue;
            }
            long time = lineTime != Payload.NO_TIME ? lineTime : previousTime;
            previousTime = Payload.NO_TIME;
            boolean received = marker.group(1).equals("Received");
            int size = Integer.parseInt(marker.group(2));
            Endpoint remote = Endpoints.parse(marker.group(4));
            LogRun.Body body = run.body(line);
            Line next;
            while ((next = run.next()) != null) {
                if (MARKER.matcher(next.text()).find() || Stamps.bracketed(next.text(), times()) != Payload.NO_TIME) {
                    run.pushBack(next);
                    break;
                }
                body.add(next.text());
            }
            body.deliver(false, size, time, Endpoints.transport(marker.group(3)),
                    received ? remote : null, received ? null : remote);
        }
    }
}
