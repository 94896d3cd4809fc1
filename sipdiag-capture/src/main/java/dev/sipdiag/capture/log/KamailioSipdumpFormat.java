package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text files of Kamailio's {@code sipdump} module ({@code kamailio-sipdump-*.data}): per message a block
 * of "key: value" lines, the message, and an end mark.
 *
 * <pre>
 * ====================
 * tag: rcv
 * pid: 4021
 * process: 7
 * time: 1732875072.123456
 * date: Fri Nov 29 10:11:12 2024
 * proto: udp ipv4
 * srcip: 192.0.2.10
 * srcport: 5060
 * dstip: 198.51.100.1
 * dstport: 5060
 * ~~~~~~~~~~~~~~~~~~~~
 * INVITE sip:100@198.51.100.1 SIP/2.0
 * ...
 * ||||||||||||||||||||
 * </pre>
 *
 * <p>Both ends are given; Kamailio writes 0.0.0.0 (or ::2) and port 0 for an end it does not know, which
 * becomes null. The time is the epoch seconds and microseconds of the "time" line, so it is exact and
 * zone-free. The transport is the first word of "proto". The message is written as it was on the wire, and the
 * end mark follows it directly, so it may share the message's last line when the body has no final CRLF.
 */
public final class KamailioSipdumpFormat extends LineLogFormat {
    /** {@link #name()}. */
    public static final String NAME = "kamailio-sipdump";

    private static final String START = "====================";
    private static final String BODY = "~~~~~~~~~~~~~~~~~~~~";
    private static final String END = "||||||||||||||||||||";

    public KamailioSipdumpFormat() {
        this(LogTimes.DEFAULT);
    }

    public KamailioSipdumpFormat(LogTimes times) {
        super(times);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int sniffLine(String line, int index) {
        if (line.equals(START)) {
            return index == 0 ? 95 : 80;
        }
        return line.equals(BODY) || line.equals("tag: rcv") || line.equals("tag: snd") ? 80 : 0;
    }

    @Override
    void readRecords(LogRun run) throws IOException {
        Line line;
        while ((line = run.next()) != null) {
            if (!line.text().equals(START)) {
                run.noise(line);
                continue;
            }
            Map<String, String> meta = new HashMap<>();
            Line next;
            boolean inBody = false;
            int fields = 0;
            while ((next = run.next()) != null) {
                String text = next.text();
                if (text.equals(BODY)) {
                    inBody = true;
                    break;
                }
                if (text.equals(START) || ++fields > LogLimits.MAX_RECORD_FIELDS) {
                    break;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    meta.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
                }
            }
            if (!inBody) {
                if (next != null) {
                    // The next record's start, or a line past the field budget: read it again as such.
                    run.pushBack(next);
                }
                run.problem("log-bad-record", line, line.number(), BODY);
                continue;
            }
            LogRun.Body body = run.body(line);
            boolean closed = false;
            while ((next = run.next()) != null) {
                String text = next.text();
                if (text.endsWith(END)) {
                    String rest = text.substring(0, text.length() - END.length());
                    if (!rest.isEmpty()) {
                        body.add(rest);
                    }
                    closed = true;
                    break;
                }
                if (text.equals(START)) {
                    run.pushBack(next);
                    break;
                }
                body.add(text);
            }
            body.deliver(closed, -1, time(meta.get("time")), transport(meta.get("proto")),
                    endpoint(meta.get("srcip"), meta.get("srcport")),
                    endpoint(meta.get("dstip"), meta.get("dstport")));
        }
    }

    /** "1732875072.123456" as epoch nanoseconds, or no time. */
    private static long time(String value) {
        if (value == null) {
            return Payload.NO_TIME;
        }
        int dot = value.indexOf('.');
        String seconds = dot < 0 ? value : value.substring(0, dot);
        String fraction = dot < 0 ? "" : value.substring(dot + 1);
        if (seconds.isEmpty() || seconds.length() > 12 || !digits(seconds) || fraction.length() > 9 || !digits(fraction)) {
            return Payload.NO_TIME;
        }
        return Long.parseLong(seconds) * 1_000_000_000L + Stamps.fraction(fraction);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Transport transport(String proto) {
        if (proto == null || proto.isBlank()) {
            return Transport.UNKNOWN;
        }
        return Endpoints.transport(proto.trim().split("\\s+")[0]);
    }

    /** An end, or null when missing or Kamailio's "unknown" placeholder (port 0). */
    private static Endpoint endpoint(String ip, String port) {
        if (ip == null || port == null || ip.isEmpty()) {
            return null;
        }
        int number = Endpoints.port(port);
        if (number <= 0) {
            return null;
        }
        String host = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        return new Endpoint(host.toLowerCase(Locale.ROOT), number);
    }
}
