package dev.sipdiag.analysis.input;

import dev.sipdiag.analysis.InputSummary;
import dev.sipdiag.capture.CaptureFormat;
import dev.sipdiag.capture.CaptureOptions;
import dev.sipdiag.capture.CaptureReader;
import dev.sipdiag.capture.CaptureStats;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.StreamFramer;
import dev.sipdiag.capture.TextLogFormat;
import dev.sipdiag.capture.hep.HepDecoder;
import dev.sipdiag.capture.log.LogFormats;
import dev.sipdiag.capture.log.LogTimes;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.ParseIssue;
import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipFraming;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParseException;
import dev.sipdiag.sip.SipParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Finds every SIP message in the inputs, whatever they are: pcap or pcapng (plain or gzip), with HEP unwrapped,
 * or a PBX/proxy text log. SIP is recognised by content, on any port; each message is parsed leniently and
 * handed on with where and when it was seen. Everything else is counted by reason in the {@link InputSummary}.
 */
public final class SipInput {
    /** Bytes looked at to recognise an input's format. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final InputFormat format;
    private final String logFormat;
    private final Locale locale;
    private final Consumer<SipPacket> handler;
    private final Consumer<Problem> problems;
    private final List<String> inputs = new ArrayList<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private long packets;
    private int sipMessages;
    private int found;
    private String current;
    /** Whether the input being read was gzip-compressed (for messages about its content). */
    private boolean compressed;

    /**
     * @param format    {@link InputFormat#AUTO} to detect
     * @param logFormat a log format name for {@link InputFormat#LOG} (null: detect)
     * @param handler   receives each SIP message in input order
     * @param problems  receives what could not be used (may ignore; the summary counts it)
     */
    public SipInput(InputFormat format, String logFormat, Locale locale, Consumer<SipPacket> handler,
                    Consumer<Problem> problems) {
        this.format = format;
        this.logFormat = logFormat;
        this.locale = locale;
        this.handler = handler;
        this.problems = problems;
    }

    /** Reads one input ("-" is standard input). */
    public void read(String name) throws IOException {
        inputs.add(name);
        current = name;
        compressed = false;
        if (!"-".equals(name) && Files.isDirectory(Path.of(name))) {
            throw new UnreadableInputException(name, "is a directory; give the capture or log files in it", null);
        }
        InputStream raw;
        try {
            raw = "-".equals(name) ? System.in : Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(name, "no such file", e);
        } catch (IOException | SecurityException e) {
            throw new UnreadableInputException(name, "cannot be opened: " + e.getMessage(), e);
        }
        try (InputStream in = new BufferedInputStream(raw, HEAD_BYTES)) {
            byte[] head = peek(in);
            if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                InputStream gz = new BufferedInputStream(new GZIPInputStream(in, 65_536), HEAD_BYTES);
                compressed = true;
                dispatch(name, gz, peek(gz));
            } else {
                dispatch(name, in, head);
            }
        }
    }

    private void dispatch(String name, InputStream in, byte[] head) throws IOException {
        CaptureFormat cf = CaptureReader.detect(head);
        boolean binary = cf == CaptureFormat.PCAP || cf == CaptureFormat.PCAPNG;
        if (format == InputFormat.PCAP || format == InputFormat.PCAPNG || format == InputFormat.AUTO && binary) {
            readCapture(in);
            return;
        }
        // Many logs stamp only month and day, or only the time of day: the file's own date fills in the rest.
        LocalDate date = fileDate(name);
        LogTimes times = new LogTimes(ZoneOffset.UTC, date.getYear(), date);
        Optional<TextLogFormat> log = logFormat != null ? LogFormats.byName(logFormat, times)
                : LogFormats.detect(head, head.length, times);
        if (log.isEmpty()) {
            if (logFormat != null) {
                throw new UnreadableInputException(name, "unknown log format '" + logFormat + "'", null);
            }
            throw new UnreadableInputException(name, "not a pcap, pcapng or text log sipdiag knows ("
                    + (compressed ? "gzip-compressed; inside, it" : "it") + " starts with " + describe(head) + ")",
                    null);
        }
        readLog(log.get(), in, date);
    }

    private void readCapture(InputStream in) throws IOException {
        StreamFramer framer = new StreamFramer() {
            @Override
            public int frame(byte[] buf, int off, int len) {
                return SipFraming.frame(buf, off, len);
            }

            @Override
            public boolean isKeepAlive(byte[] buf, int off, int n) {
                return SipFraming.isKeepAlive(buf, off, n);
            }
        };
        CaptureOptions options = CaptureOptions.defaults().withFramers(() -> framer)
                .withUnwrappers(List.of(new HepDecoder())).withLocale(locale);
        CaptureStats stats = CaptureReader.read(in, options, sink());
        packets += stats.frames();
        for (Map.Entry<FrameOutcome, Long> e : stats.framesByOutcome().entrySet()) {
            FrameOutcome o = e.getKey();
            if (e.getValue() > 0 && o != FrameOutcome.UDP_PAYLOAD && o != FrameOutcome.TCP_DATA) {
                skipped.merge(o.name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getValue(), Long::sum);
            }
        }
        if (stats.encryptedStreams() > 0) {
            notes.add(note("encrypted", current, stats.encryptedStreams(), stats.encryptedBytes()));
        }
        if (stats.fragmentsIncomplete() > 0) {
            notes.add(note("fragments", current, stats.fragmentsIncomplete()));
        }
        if (stats.tcpGaps() > 0) {
            notes.add(note("gaps", current, stats.tcpGaps(), stats.tcpBytesMissing()));
        }
        stats.unsupportedLinkTypes().forEach((k, v) -> notes.add(note("linkType", current, v, k)));
    }

    /** A note for the summary in the reader's language (Notes bundle: Dutch, else English). */
    private String note(String key, Object... args) {
        Locale lang = locale != null && "nl".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle("dev.sipdiag.analysis.input.Notes", lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(key), lang).format(args);
    }

    private void readLog(TextLogFormat log, InputStream in, LocalDate date) throws IOException {
        long before = sipMessages;
        long[] seen = new long[2];
        PayloadSink inner = sink();
        log.read(in, new PayloadSink() {
            @Override
            public void payload(Payload payload) {
                seen[0]++;
                inner.payload(payload);
            }

            @Override
            public void problem(Problem problem) {
                seen[1]++;
                String r = problem.reason();
                skipped.merge(r.startsWith("log-") ? r : "log-" + r, 1L, Long::sum);
                inner.problem(problem);
            }
        });
        packets += seen[0] + seen[1];
        notes.add(note("log", current, log.name(), sipMessages - before, date.toString()));
    }

    private PayloadSink sink() {
        return new PayloadSink() {
            @Override
            public void payload(Payload p) {
                split(p);
            }

            @Override
            public void problem(Problem problem) {
                problems.accept(problem);
            }
        };
    }

    /** Cuts a payload into SIP messages (a datagram may carry several, or junk before one). */
    private void split(Payload p) {
        byte[] data = p.data();
        int len = data.length;
        if (len == 0 || SipFraming.isKeepAlive(data, 0, len)) {
            skipped.merge("keep-alive", 1L, Long::sum);
            return;
        }
        boolean startLine = SipFraming.looksLikeSip(data, 0, len);
        if (!startLine) {
            // junk before a start line: let the framer find the start
            int n = SipFraming.frame(data, 0, len);
            if (n >= 0 || -n >= len || !SipFraming.looksLikeSip(data, -n, len + n)) {
                skipped.merge("non-sip-payload", 1L, Long::sum);
                return;
            }
        }
        if (startLine && wholeDatagram(p, data)) {
            return;
        }
        int off = 0;
        boolean any = false;
        while (off < len) {
            int n = SipFraming.frame(data, off, len - off);
            if (n < 0) {
                off += -n;
                // RFC 3261 §18.3: bytes past Content-Length in a datagram are discarded; before a start line, junk
                skipped.merge(any ? "bytes-after-content-length" : "bytes-before-start-line", (long) -n, Long::sum);
                continue;
            }
            if (n == 0 || (any && !SipFraming.looksLikeSip(data, off, len - off))) {
                n = len - off; // the rest: Content-Length disagrees with the datagram; the lenient parse says so
            }
            if (SipFraming.isKeepAlive(data, off, n)) {
                off += n;
                continue;
            }
            int rest = len - off - n;
            if (rest > 0 && !SipFraming.looksLikeSip(data, off + n, rest)
                    && !SipFraming.isKeepAlive(data, off + n, rest)) {
                // RFC 3261 §18.3: a datagram with bytes past its Content-Length. The parser gets them too, so the
                // message carries the mismatch as a warning (a SIP-ALG that rewrote the body leaves this), and
                // discards them; they are counted here as not part of any message.
                emit(p, off, len - off);
                skipped.merge("bytes-after-content-length", (long) rest, Long::sum);
                return;
            }
            emit(p, off, n);
            any = true;
            off += n;
        }
    }

    /**
     * The common case in one scan: a payload that starts with a start line (the caller checked) and holds exactly
     * one message, its Content-Length matching the bytes present (or absent, with no body). Parsing it shows that;
     * anything else (several messages, bytes past the body, a length that disagrees) returns false and is cut up
     * by {@link SipFraming} first, as before.
     */
    private boolean wholeDatagram(Payload p, byte[] data) {
        int len = data.length;
        SipMessage m;
        try {
            m = SipParser.frame(data, 0, len, ParseMode.LENIENT);
        } catch (SipParseException e) {
            return false; // the careful path reports it
        }
        long cl = m.contentLength();
        boolean exact = m.arrayOffset() == 0 && m.length() == len
                && (cl >= 0 ? m.bodyOffset() + cl == len : m.bodyLength() == 0);
        if (!exact) {
            return false;
        }
        for (ParseIssue i : m.issues()) {
            IssueCode c = i.code();
            if (c == IssueCode.CONTENT_LENGTH_MISMATCH || c == IssueCode.MULTIPLE_CONTENT_LENGTH
                    || c == IssueCode.TRAILING_BYTES || c == IssueCode.INVALID_CONTENT_LENGTH) {
                return false;
            }
        }
        sipMessages++;
        handler.accept(new SipPacket(found++, current, p, 0, len, m, null));
        return true;
    }

    private void emit(Payload p, int off, int n) {
        SipMessage m = null;
        SipParseException err = null;
        try {
            // The fast path: framing and correlation keys now, typed headers when asked for. The full grammar
            // check (SipParser.parse) is for lint; analysis needs what the keys and header values say.
            m = SipParser.frame(p.data(), off, n, ParseMode.LENIENT);
        } catch (SipParseException e) {
            err = e;
            skipped.merge("malformed-sip", 1L, Long::sum);
        }
        if (m != null) {
            sipMessages++;
        }
        handler.accept(new SipPacket(found++, current, p, off, n, m, err));
    }

    /** The day a log was written, for stamps without a year or date: its modification time, else today (UTC). */
    private static LocalDate fileDate(String name) {
        try {
            if (!"-".equals(name)) {
                return LocalDate.ofInstant(Files.getLastModifiedTime(Path.of(name)).toInstant(), ZoneOffset.UTC);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to today
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return head;
    }

    private static String describe(byte[] head) {
        if (head.length == 0) {
            return "nothing: the file is empty";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, head.length); i++) {
            sb.append(String.format("%02x ", head[i] & 0xff));
        }
        return "bytes " + sb.toString().trim();
    }

    /** What was read so far. */
    public InputSummary summary() {
        return new InputSummary(List.copyOf(inputs), packets, sipMessages,
                java.util.Collections.unmodifiableMap(new TreeMap<>(skipped)), List.copyOf(notes));
    }
}
