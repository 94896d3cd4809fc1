package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's chan_sip debug log ({@code sip set debug on}), from the CLI or the {@code full} log file:
 *
 * <pre>
 * &lt;--- SIP read from UDP:192.0.2.10:5060 ---&gt;
 * INVITE sip:100@198.51.100.1 SIP/2.0
 * ...
 * &lt;-------------&gt;
 * &lt;--- Reliably Transmitting (no NAT) to 192.0.2.10:5060 ---&gt;
 * SIP/2.0 200 OK
 * ...
 * &lt;------------&gt;
 * </pre>
 *
 * <p>Requests Asterisk sends (and every message in releases before 1.8) are written the older way:
 * "Reliably Transmitting (no NAT) to 192.0.2.10:5060:", the message, then "---"; both forms are read. "SIP read from" gives the source and the transport; "Transmitting to" the destination and no
 * transport (chan_sip does not say). The time is that of the log line prefix on the marker line or the line
 * just before it (chan_sip starts its message with a newline, so in the full log the prefix stands alone on the
 * line above); see {@link AsteriskPjsipFormat} for the stamp forms.
 */
public final class AsteriskChanSipFormat extends LineLogFormat {
    /** {@link #name()}. */
    public static final String NAME = "asterisk-sip";

    private static final Pattern READ = Pattern.compile("<--- SIP read from ([A-Za-z0-9]+):(\\S+) --->");
    private static final Pattern SEND = Pattern.compile(
            "<--- (?:Reliably )?Transmitting \\((?:no NAT|NAT)\\) to (\\S+) --->");
    private static final Pattern OLD_SEND = Pattern.compile(
            "(?:^|: )(?:Reliably )?Transmitting \\((?:no NAT|NAT)\\) to (\\S+):$");
    private static final Pattern END = Pattern.compile("^<-{3,}>$");
    private static final String OLD_END = "---";

    public AsteriskChanSipFormat() {
        this(LogTimes.DEFAULT);
    }

    public AsteriskChanSipFormat(LogTimes times) {
        super(times);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int sniffLine(String line, int index) {
        return READ.matcher(line).find() || SEND.matcher(line).find() || OLD_SEND.matcher(line).find() ? 90 : 0;
    }

    @Override
    void readRecords(LogRun run) throws IOException {
        long previousTime = Payload.NO_TIME;
        Line line;
        while ((line = run.next()) != null) {
            String text = line.text();
            long lineTime = Stamps.bracketed(text, times());
            Matcher read = READ.matcher(text);
            Matcher send = SEND.matcher(text);
            Matcher oldSend = OLD_SEND.matcher(text);
            boolean isRead = read.find();
            boolean isSend = !isRead && send.find();
            boolean isOldSend = !isRead && !isSend && oldSend.find();
            if (!isRead && !isSend && !isOldSend) {
                run.noise(line);
                previousTime = lineTime;
                continue;
            }
            long time = lineTime != Payload.NO_TIME ? lineTime : previousTime;
            previousTime = Payload.NO_TIME;
            Endpoint remote = Endpoints.parse(isRead ? read.group(2) : isSend ? send.group(1) : oldSend.group(1));
            Transport transport = isRead ? Endpoints.transport(read.group(1)) : Transport.UNKNOWN;
            LogRun.Body body = run.body(line);
            boolean closed = false;
            Line next;
            while ((next = run.next()) != null) {
                String t = next.text().trim();
                if (isOldSend ? t.equals(OLD_END) : END.matcher(t).matches()) {
                    closed = true;
                    break;
                }
                if (startsRecord(next.text())) {
                    run.pushBack(next);
                    break;
                }
                body.add(next.text());
            }
            body.deliver(closed, -1, time, transport, isRead ? remote : null, isRead ? null : remote);
        }
    }

    /** Whether a line starts another record or log line, so the current message cannot run on past it. */
    private boolean startsRecord(String text) {
        return READ.matcher(text).find() || SEND.matcher(text).find() || OLD_SEND.matcher(text).find()
                || Stamps.bracketed(text, times()) != Payload.NO_TIME;
    }
}
