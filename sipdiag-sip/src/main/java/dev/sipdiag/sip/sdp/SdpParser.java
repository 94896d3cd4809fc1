package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseMode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Parses a session description (RFC 8866) into a {@link SessionDescription}.
 *
 * <pre>{@code
 * SessionDescription sd = SdpParser.parse(body, 0, body.length, BodyParseMode.LENIENT);
 * MediaDescription audio = sd.media().get(0);
 * sd.effectiveConnection(audio);   // Optional[IN IP4 192.0.2.10]
 * sd.codecs(audio);                // [PCMU, telephone-event]
 * }</pre>
 *
 * <p>Strict mode enforces the RFC 8866 §9 grammar: CRLF line ends, {@code <type>=<value>} with nothing around
 * {@code =}, the field order of §5, mandatory {@code v= o= s= t=}, a connection for every stream, one SP
 * between fields. Lenient mode accepts what devices send (LF-only or missing line ends, empty lines, unknown
 * types, stray whitespace, missing or broken fields), skips what it cannot use and records a
 * {@link dev.sipdiag.sip.body.BodyWarning} for each deviation (line-end and NUL problems once per description,
 * not once per line, so warnings stay bounded by {@link SdpLimits#MAX_LINES}). An empty input is, leniently, an empty
 * description with warnings for the missing fields.
 *
 * <p>Text is decoded as UTF-8 (RFC 8866 §5; an {@code a=charset} is not honoured); malformed bytes become
 * U+FFFD. Limits ({@link SdpLimits}) are errors in both modes.
 */
public final class SdpParser {

    /*
     * Field order, RFC 8866 §5: session-level ranks v0 o1 s2 i3 u4 e5 p6 c7 b8 t9 (r follows its t) z10 k11
     * a12, then media sections m0 i1 c2 b3 k4 a5. A line whose rank is below the previous line's is out of
     * order. ONCE_* marks the types that may appear at most once per level.
     */
    private static final String SESSION_ORDER = "vosiuepcbtzka";
    private static final String MEDIA_ORDER = "micbka";
    private static final String ONCE_SESSION = "vosiuczk";
    private static final String ONCE_MEDIA = "ik";
    private static final String REQUIRED = "vost";
    private static final String KNOWN_TYPES = "vosiuepcbtrzkam";
    /** Types whose value is structured, so whitespace right after {@code =} is a deviation, not content. */
    private static final String STRUCTURED_TYPES = "vocbtrzkma";

    private SdpParser() {
    }

    /**
     * Parses a session description held in {@code buf[off, off + len)}.
     *
     * @param buf  the bytes, typically a SIP body
     * @param off  where the description starts
     * @param len  its length in bytes
     * @param mode strict or lenient (see the class comment)
     * @return the description; warnings only in lenient mode
     * @throws SdpParseException in strict mode at the first grammar violation; in both modes when a limit of
     *                           {@link SdpLimits} is exceeded
     * @throws IndexOutOfBoundsException when the range lies outside {@code buf}
     */
    public static SessionDescription parse(byte[] buf, int off, int len, BodyParseMode mode)
            throws SdpParseException {
        Objects.checkFromIndexSize(off, len, buf.length);
        return new Run(buf, off, off + len, Objects.requireNonNull(mode)).parse();
    }

    /**
     * Parses a session description leniently, the mode for captured traffic; see
     * {@link #parse(byte[], int, int, BodyParseMode)}.
     *
     * @param buf the bytes
     * @param off where the description starts
     * @param len its length in bytes
     * @return the description with its warnings
     * @throws SdpParseException only when a limit of {@link SdpLimits} is exceeded
     */
    public static SessionDescription parse(byte[] buf, int off, int len) throws SdpParseException {
        return parse(buf, off, len, BodyParseMode.LENIENT);
    }

    /**
     * Parses a session description given as text, leniently.
     *
     * @param sdp the description
     * @return the description with its warnings
     * @throws SdpParseException only when a limit of {@link SdpLimits} is exceeded
     */
    public static SessionDescription parse(String sdp) throws SdpParseException {
        return parse(sdp, BodyParseMode.LENIENT);
    }

    /**
     * Parses a session description given as text (encoded as UTF-8 first).
     *
     * @param sdp  the description
     * @param mode strict or lenient
     * @return the description
     * @throws SdpParseException as {@link #parse(byte[], int, int, BodyParseMode)}
     */
    public static SessionDescription parse(String sdp, BodyParseMode mode) throws SdpParseException {
        byte[] b = sdp.getBytes(StandardCharsets.UTF_8);
        return parse(b, 0, b.length, mode);
    }

    /** One parse: the mutable state of the walk over the lines. */
    private static final class Run {
        private final byte[] buf;
        private final int off;
        private final int end;
        private final SdpReporter reporter;
        private final SdpFields fields;
        private final SdpAttributes attrs;

        private int pos;
        private boolean lfReported;
        private boolean crReported;
        private boolean nulReported;
        private int lineNumber;
        private int version = -1;
        private Optional<Origin> origin = Optional.empty();
        private String sessionName = "";
        private Optional<Connection> connection = Optional.empty();
        private final List<Bandwidth> bandwidths = new ArrayList<>();
        private final List<Timing> timings = new ArrayList<>();
        private final List<Attribute> attributes = new ArrayList<>();
        private Optional<Direction> direction = Optional.empty();
        private final List<MediaDescription> media = new ArrayList<>();

        private MediaBuilder current;
        private int lastRank = -1;
        private char lastType;
        /** Type letters seen, one bit per letter ({@link #bit}): at session level, in the open media section. */
        private int sessionSeen;
        private int mediaSeen;
        /** Mandatory letters already reported missing, so each is reported once. */
        private int missingReported;

        Run(byte[] buf, int off, int end, BodyParseMode mode) {
            this.buf = buf;
            this.off = off;
            this.end = end;
            this.pos = off;
            this.reporter = new SdpReporter(buf, off, end, mode);
            this.fields = new SdpFields(buf, reporter);
            this.attrs = new SdpAttributes(buf, fields, reporter);
        }

        SessionDescription parse() throws SdpParseException {
            SdpLine line;
            while ((line = nextLine()) != null) {
                if (line.type() != 0) {
                    handle(line);
                }
            }
            finishMedia();
            for (char r : REQUIRED.toCharArray()) {
                if ((sessionSeen & bit(r)) == 0 && (missingReported & bit(r)) == 0) {
                    missingReported |= bit(r);
                    reporter.report(SdpProblem.MISSING_FIELD, end, r + "=", "end of input");
                }
            }
            return new SessionDescription(version, origin, sessionName, connection, bandwidths, timings,
                    attributes, direction, media, reporter.warnings());
        }

        // -----------------------------------------------------------------------------------------------------
        // Lines

        /**
         * The next non-empty line, its line end checked; null at the end of input. Lines that are not of the
         * {@code <type>=} form come back with type 0 after being reported.
         */
        private SdpLine nextLine() throws SdpParseException {
            while (pos < end) {
                int start = pos;
                int i = start;
                int contentEnd = -1;
                while (i < end) {
                    byte b = buf[i];
                    if (b == '\n') {
                        contentEnd = i;
                        if (!lfReported) {
                            lfReported = true;
                            reporter.report(SdpProblem.LF_LINE_END, i, "CRLF", "LF");
                        }
                        i++;
                        break;
                    }
                    if (b == '\r') {
                        contentEnd = i;
                        if (i + 1 < end && buf[i + 1] == '\n') {
                            i += 2;
                        } else {
                            if (!crReported) {
                                crReported = true;
                                reporter.report(SdpProblem.CR_LINE_END, i, "CRLF", "CR");
                            }
                            i++;
                        }
                        break;
                    }
                    if (b == 0 && !nulReported) {
                        nulReported = true;
                        reporter.report(SdpProblem.NUL_BYTE, i, "a byte-string (no NUL)", "NUL");
                    }
                    if (i - start >= SdpLimits.MAX_LINE_LENGTH) {
                        reporter.report(SdpProblem.LINE_TOO_LONG, i,
                                "at most " + SdpLimits.MAX_LINE_LENGTH + " bytes in a line", "a longer line");
                    }
                    i++;
                }
                if (contentEnd < 0) {
                    contentEnd = end;
                    reporter.report(SdpProblem.MISSING_FINAL_LINE_END, end, "CRLF", "end of input");
                }
                pos = i;
                lineNumber++;
                if (lineNumber > SdpLimits.MAX_LINES) {
                    reporter.report(SdpProblem.TOO_MANY_LINES, start,
                            "at most " + SdpLimits.MAX_LINES + " lines", "more");
                }
                if (contentEnd == start) {
                    reporter.report(SdpProblem.EMPTY_LINE, start, "<type>=<value>", "an empty line");
                    continue;
                }
                return split(start, contentEnd);
            }
            return null;
        }

        private SdpLine split(int start, int contentEnd) throws SdpParseException {
            int p = start;
            while (p < contentEnd && SdpFields.isWhitespace(buf[p])) {
                p++;
            }
            if (p > start) {
                reporter.report(SdpProblem.EXTRA_WHITESPACE, start, "a type letter at the start of the line",
                        "whitespace");
            }
            if (p == contentEnd) {
                reporter.report(SdpProblem.EMPTY_LINE, start, "<type>=<value>", "a blank line");
                return new SdpLine((char) 0, start, contentEnd, contentEnd, lineNumber);
            }
            char type = (char) (buf[p] & 0xff);
            int q = p + 1;
            while (q < contentEnd && SdpFields.isWhitespace(buf[q])) {
                q++;
            }
            if (q == contentEnd || buf[q] != '=') {
                reporter.report(SdpProblem.MALFORMED_LINE, p, "<type>=<value>", fields.found(p, contentEnd));
                return new SdpLine((char) 0, start, contentEnd, contentEnd, lineNumber);
            }
            if (q > p + 1) {
                reporter.report(SdpProblem.SPACE_AROUND_EQUALS, p + 1, "=", "whitespace before =");
            }
            int v = q + 1;
            if (STRUCTURED_TYPES.indexOf(type) >= 0 && v < contentEnd && SdpFields.isWhitespace(buf[v])) {
                reporter.report(SdpProblem.SPACE_AROUND_EQUALS, v, "a value right after =", "whitespace");
                while (v < contentEnd && SdpFields.isWhitespace(buf[v])) {
                    v++;
                }
            }
            if (type < 'a' || type > 'z' || KNOWN_TYPES.indexOf(type) < 0) {
                reporter.report(SdpProblem.UNKNOWN_TYPE, p, "one of v o s i u e p c b t r z k a m",
                        "\"" + reporter.text(p, p + 1) + "=\"");
                return new SdpLine((char) 0, start, v, contentEnd, lineNumber);
            }
            return new SdpLine(type, p, v, contentEnd, lineNumber);
        }

        // -----------------------------------------------------------------------------------------------------
        // Structure

        /** The bit of a type letter {@code a..z} in the seen masks. */
        private static int bit(char type) {
            return 1 << (type - 'a');
        }

        private void handle(SdpLine l) throws SdpParseException {
            char type = l.type();
            if (type == 'm') {
                checkRequired(l, SESSION_ORDER.length());
                startMedia(l);
            } else if (current != null) {
                checkOrder(l, MEDIA_ORDER, ONCE_MEDIA);
                mediaLine(l);
            } else {
                checkSessionOrder(l);
                sessionLine(l);
            }
            lastType = type;
        }

        private void checkSessionOrder(SdpLine l) throws SdpParseException {
            char type = l.type();
            if (type == 'r') {
                if (lastType != 't' && lastType != 'r') {
                    reporter.report(SdpProblem.FIELD_ORDER, l.start(), "r= right after t= or r=",
                            "r= after " + (lastType == 0 ? "nothing" : lastType + "="));
                }
                return;
            }
            int rank = SESSION_ORDER.indexOf(type);
            checkRequired(l, rank);
            checkOrder(l, SESSION_ORDER, ONCE_SESSION);
        }

        /** Reports each mandatory session field ranked before {@code rank} that has not been seen. */
        private void checkRequired(SdpLine l, int rank) throws SdpParseException {
            for (char r : REQUIRED.toCharArray()) {
                if (SESSION_ORDER.indexOf(r) < rank && (sessionSeen & bit(r)) == 0
                        && (missingReported & bit(r)) == 0 && current == null) {
                    missingReported |= bit(r);
                    reporter.report(SdpProblem.MISSING_FIELD, l.start(), r + "=",
                            reporter.text(l.start(), l.start() + 1) + "=");
                }
            }
        }

        private void checkOrder(SdpLine l, String order, String once) throws SdpParseException {
            char type = l.type();
            int rank = order.indexOf(type);
            if (rank < 0) {
                reporter.report(SdpProblem.FIELD_ORDER, l.start(),
                        "one of " + order.replace("", " ").strip() + (current == null ? " at session level"
                                : " in a media section"),
                        type + "=");
                return;
            }
            int seen = current == null ? sessionSeen : mediaSeen;
            if (rank < lastRank) {
                reporter.report(SdpProblem.FIELD_ORDER, l.start(),
                        order.charAt(lastRank) + "= or a later field", type + "=");
            } else if (once.indexOf(type) >= 0 && (seen & bit(type)) != 0) {
                reporter.report(SdpProblem.DUPLICATE_FIELD, l.start(), "one " + type + "= line",
                        "another " + type + "=");
            }
            lastRank = Math.max(lastRank, rank);
            if (current == null) {
                sessionSeen |= bit(type);
            } else {
                mediaSeen |= bit(type);
            }
        }

        private void sessionLine(SdpLine l) throws SdpParseException {
            switch (l.type()) {
                case 'v' -> {
                    int v = fields.version(l);
                    if (version < 0) {
                        version = v;
                    }
                }
                case 'o' -> {
                    Optional<Origin> o = fields.origin(l);
                    if (origin.isEmpty()) {
                        origin = o;
                    }
                }
                case 's' -> {
                    if (l.valueStart() == l.end()) {
                        reporter.report(SdpProblem.EMPTY_SESSION_NAME, l.valueStart(), "text (\" \" when none)",
                                "nothing");
                    }
                    if (sessionName.isEmpty()) {
                        sessionName = fields.str(l.valueStart(), l.end());
                    }
                }
                case 'c' -> {
                    Optional<Connection> c = fields.connection(l);
                    if (connection.isEmpty()) {
                        connection = c;
                    }
                }
                case 'b' -> fields.bandwidth(l).ifPresent(bandwidths::add);
                case 't' -> fields.timing(l).ifPresent(timings::add);
                case 'r' -> {
                    String r = fields.repeatOrZone(l);
                    if (!timings.isEmpty()) {
                        Timing last = timings.remove(timings.size() - 1);
                        List<String> repeats = new ArrayList<>(last.repeats());
                        repeats.add(r);
                        timings.add(new Timing(last.start(), last.stop(), repeats));
                    }
                }
                case 'z' -> fields.repeatOrZone(l);
                case 'a' -> {
                    Attribute a = attrs.attribute(l);
                    attributes.add(a);
                    if (a.value().isEmpty() && direction.isEmpty()) {
                        direction = Direction.fromAttribute(a.name());
                    }
                }
                default -> {
                    // i= u= e= p= k=: free text, nothing to type (RFC 8866 §5.4 to §5.6, §5.12)
                }
            }
        }

        private void startMedia(SdpLine l) throws SdpParseException {
            finishMedia();
            if (media.size() >= SdpLimits.MAX_MEDIA) {
                reporter.report(SdpProblem.TOO_MANY_MEDIA, l.start(),
                        "at most " + SdpLimits.MAX_MEDIA + " media descriptions", "more");
            }
            current = new MediaBuilder(fields.media(l), l);
            lastRank = 0;
            mediaSeen = 0;
        }

        private void mediaLine(SdpLine l) throws SdpParseException {
            MediaBuilder m = current;
            switch (l.type()) {
                case 'c' -> fields.connection(l).ifPresent(m.connections::add);
                case 'b' -> fields.bandwidth(l).ifPresent(m.bandwidths::add);
                case 'a' -> mediaAttribute(m, l);
                default -> {
                    // i= k= : free text (RFC 8866 §5.4, §5.12)
                }
            }
        }

        private void mediaAttribute(MediaBuilder m, SdpLine l) throws SdpParseException {
            Attribute a = attrs.attribute(l);
            m.attributes.add(a);
            if (a.value().isEmpty()) {
                if (m.direction.isEmpty()) {
                    m.direction = Direction.fromAttribute(a.name());
                }
                return;
            }
            switch (a.name()) {
                case "rtpmap" -> attrs.rtpMap(l).ifPresent(m.rtpMaps::add);
                case "fmtp" -> attrs.fmtp(l).ifPresent(m.fmtps::add);
                case "ptime" -> {
                    OptionalDouble v = attrs.millis(l);
                    if (m.ptime.isEmpty()) {
                        m.ptime = v;
                    }
                }
                case "maxptime" -> {
                    OptionalDouble v = attrs.millis(l);
                    if (m.maxPtime.isEmpty()) {
                        m.maxPtime = v;
                    }
                }
                case "rtcp" -> {
                    Optional<Rtcp> v = attrs.rtcp(l);
                    if (m.rtcp.isEmpty()) {
                        m.rtcp = v;
                    }
                }
                default -> {
                    // kept as a plain attribute
                }
            }
        }

        /** Closes the open media section: RFC 8866 §5.7 needs a c= at media or session level. */
        private void finishMedia() throws SdpParseException {
            if (current == null) {
                return;
            }
            MediaBuilder m = current;
            current = null;
            if (m.connections.isEmpty() && (sessionSeen & bit('c')) == 0) {
                reporter.report(SdpProblem.MISSING_FIELD, m.line.start(),
                        "c= in this media section or at session level", "none");
            }
            media.add(m.build());
        }
    }

    /** A media section while its lines are read. */
    private static final class MediaBuilder {
        final SdpFields.MediaLine head;
        final SdpLine line;
        final List<Connection> connections = new ArrayList<>();
        final List<Bandwidth> bandwidths = new ArrayList<>();
        final List<Attribute> attributes = new ArrayList<>();
        final List<RtpMap> rtpMaps = new ArrayList<>();
        final List<Fmtp> fmtps = new ArrayList<>();
        OptionalDouble ptime = OptionalDouble.empty();
        OptionalDouble maxPtime = OptionalDouble.empty();
        Optional<Direction> direction = Optional.empty();
        Optional<Rtcp> rtcp = Optional.empty();

        MediaBuilder(SdpFields.MediaLine head, SdpLine line) {
            this.head = head;
            this.line = line;
        }

        MediaDescription build() {
            return new MediaDescription(head.media(), head.port(), head.portCount(), head.protocol(),
                    head.formats(), connections, bandwidths, attributes, rtpMaps, fmtps, ptime, maxPtime,
                    direction, rtcp, line.number());
        }
    }
}
