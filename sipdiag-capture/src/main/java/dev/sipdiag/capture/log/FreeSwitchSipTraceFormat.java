package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeSWITCH's SIP trace ({@code sofia global siptrace on}, or per profile), as sofia-sip's transport logger
 * writes it to the console and log file:
 *
 * <pre>
 * recv 512 bytes from udp/[192.0.2.10]:5060 at 10:11:12.123456:
 *    ------------------------------------------------------------------------
 *    INVITE sip:100@198.51.100.1 SIP/2.0
 *    ...
 *    ------------------------------------------------------------------------
 * </pre>
 *
 * <p>Message lines are indented by three spaces, which are removed. "recv ... from" gives the source,
 * "send ... to" the destination; the transport is named before the address. A trace that sofia-sip itself
 * cut ("*** message truncated at N ***") is reported, not delivered.
 *
 * <p>Time: sofia-sip writes only the time of day, in UTC (it takes the seconds of the day from the epoch
 * clock). The date is taken from the last FreeSWITCH log line before the trace that starts with one
 * ("2024-11-29 10:11:12.123456 [DEBUG] ..."; that date is local, so near midnight it may be a day off), else
 * {@link LogTimes#defaultDate}; a jump back in time of over {@link LogLimits#MIDNIGHT_ROLLOVER_HOURS} hours
 * moves to the next day. {@link LogTimes#zone} does not apply.
 */
public final class FreeSwitchSipTraceFormat extends LineLogFormat {
    /** {@link #name()}. */
    public static final String NAME = "freeswitch";

    private static final Pattern MARKER = Pattern.compile(
            "(recv|send) (\\d{1,9}) bytes (?:from|to) ([A-Za-z0-9-]+)/\\[([^\\]]*)\\]:(\\d{1,5})(?:/\\d+)?"
                    + "(?:;comp=sigcomp)? at (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{1,9}):");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*-{20,}\\s*$");
    private static final Pattern CUT = Pattern.compile("\\*\\*\\* message truncated at (\\d{1,9}) \\*\\*\\*");
    private static final String INDENT = "   ";

    public FreeSwitchSipTraceFormat() {
        this(LogTimes.DEFAULT);
    }

    public FreeSwitchSipTraceFormat(LogTimes times) {
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
        Stamps.TimeOfDay clock = new Stamps.TimeOfDay(
                new LogTimes(ZoneOffset.UTC, times().defaultYear(), times().defaultDate()));
        Line line;
        while ((line = run.next()) != null) {
            Matcher marker = MARKER.matcher(line.text());
            if (!marker.find()) {
                LocalDate date = Stamps.leadingDate(line.text());
                if (date != null) {
                    clock.learn(date);
                }
                run.noise(line);
                continue;
            }
            long time = clock.at(Integer.parseInt(marker.group(6)), Integer.parseInt(marker.group(7)),
                    Integer.parseInt(marker.group(8)), Stamps.fraction(marker.group(9)));
            boolean received = marker.group(1).equals("recv");
            int size = Integer.parseInt(marker.group(2));
            int port = Endpoints.port(marker.group(5));
            Endpoint remote = port < 0 ? null : new Endpoint(marker.group(4).toLowerCase(java.util.Locale.ROOT), port);
            LogRun.Body body = run.body(line);
            boolean opened = false;
            boolean closed = false;
            Line next;
            while ((next = run.next()) != null) {
                String text = next.text();
                if (SEPARATOR.matcher(text).matches()) {
                    if (opened || !body.isEmpty()) {
                        closed = true;
                        break;
                    }
                    opened = true;
                    continue;
                }
                if (MARKER.matcher(text).find()) {
                    run.pushBack(next);
                    break;
                }
                body.add(text.startsWith(INDENT) ? text.substring(INDENT.length()) : text.stripLeading());
            }
            if (closed) {
                Line after = run.next();
                if (after != null) {
                    Matcher cut = CUT.matcher(after.text());
                    if (cut.find()) {
                        run.problem("log-truncated-body", line, line.number(), Integer.parseInt(cut.group(1)), size);
                        continue;
                    }
                    run.pushBack(after);
                }
            }
            body.deliver(closed, size, time, Endpoints.transport(marker.group(3)),
                    received ? remote : null, received ? null : remote);
        }
    }
}
