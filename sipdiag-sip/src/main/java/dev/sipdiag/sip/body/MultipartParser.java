package dev.sipdiag.sip.body;

import dev.sipdiag.sip.body.internal.Locations;
import dev.sipdiag.sip.body.internal.LineCounter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a multipart body (RFC 2046 §5.1.1; its use in SIP: RFC 5621) into parts, parsing nested multipart parts
 * down to {@link BodyLimits#MAX_DEPTH}.
 *
 * <pre>{@code
 * MediaType type = MediaType.parse("multipart/mixed;boundary=unique-boundary-1");
 * MultipartBody body = MultipartParser.parse(bytes, 0, bytes.length, type, BodyParseMode.LENIENT);
 * Optional<BodyPart> sdp = body.findSdp();
 * }</pre>
 *
 * <p>A delimiter is {@code --boundary} at the start of the body or of a line, followed by optional transport
 * padding and a line end, or by {@code --} for the last one; the CRLF before it belongs to the delimiter, not to
 * the part. Strict mode requires CRLF line ends, the boundary parameter, a well-formed boundary, part headers
 * ended by an empty line, and the close delimiter. Lenient mode records those as warnings and: accepts LF line
 * ends; guesses a missing boundary from a first line starting with {@code --}; ends the last part at the end of
 * the body when the close delimiter is missing (a cut-off body); treats a part whose headers never end as all
 * content; types a part with an unreadable Content-Type as {@code application/octet-stream}.
 */
public final class MultipartParser {

    /** What a part with an unreadable Content-Type is taken to be in lenient mode. */
    static final MediaType UNKNOWN_PART_TYPE = new MediaType("application", "octet-stream", Map.of());

    private static final String BCHARS_NOSPACE = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "'()+_,-./:=?";

    private MultipartParser() {
    }

    /**
     * Parses {@code buf[off, off + len)} as a multipart body of type {@code contentType}.
     *
     * @param buf         the bytes, typically a SIP message body
     * @param off         where the body starts
     * @param len         its length
     * @param contentType the message's Content-Type; must be {@code multipart/*}
     * @param mode        strict or lenient (see the class comment)
     * @return the parts; warnings only in lenient mode
     * @throws MimeParseException in strict mode at the first deviation; in both modes when a limit of
     *                            {@link BodyLimits} is exceeded
     * @throws IllegalArgumentException when {@code contentType} is not multipart
     * @throws IndexOutOfBoundsException when the range lies outside {@code buf}
     */
    public static MultipartBody parse(byte[] buf, int off, int len, MediaType contentType, BodyParseMode mode)
            throws MimeParseException {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (!contentType.isMultipart()) {
            throw new IllegalArgumentException("not a multipart type: " + contentType.essence());
        }
        Run run = new Run(buf, off, off + len, Objects.requireNonNull(mode));
        List<BodyPart> parts = run.body(off, off + len, contentType, 1);
        return new MultipartBody(contentType, parts, run.warnings);
    }

    /** One parse; the reporter and the shared warning list of all nesting levels. */
    private static final class Run {
        private final byte[] buf;
        private final int off;
        private final int end;
        private final BodyParseMode mode;
        private final List<BodyWarning> warnings = new ArrayList<>();
        private boolean lfReported;
        private final LineCounter lines;

        Run(byte[] buf, int off, int end, BodyParseMode mode) {
            this.buf = buf;
            this.off = off;
            this.end = end;
            this.mode = mode;
            this.lines = new LineCounter(buf, off);
        }

        private void report(MimeProblem p, int pos, String expected, String found) throws MimeParseException {
            int[] lc = lines.locate(pos);
            if (mode == BodyParseMode.STRICT || p.isLimit()) {
                throw new MimeParseException(p, pos - off, lc[0], lc[1], expected, found,
                        Locations.quote(buf, off, end, pos));
            }
            warnings.add(new BodyWarning(p.code(), pos - off, lc[0], lc[1],
                    "expected " + expected + ", found " + found));
        }

        /** The parts of the multipart body in {@code [from, to)}. */
        List<BodyPart> body(int from, int to, MediaType type, int depth) throws MimeParseException {
            if (depth > BodyLimits.MAX_DEPTH) {
                report(MimeProblem.TOO_DEEP, from, "at most " + BodyLimits.MAX_DEPTH + " nested multipart bodies",
                        "more");
            }
            byte[] dash = dashBoundary(from, to, type);
            List<BodyPart> parts = new ArrayList<>();
            if (dash.length == 0) {
                return parts;
            }
            int d = findDelimiter(dash, from, from, to);
            if (d < 0) {
                report(MimeProblem.NO_DELIMITER, from, "a line \"" + new String(dash, StandardCharsets.ISO_8859_1)
                        + "\"", "none");
                return parts;
            }
            while (true) {
                int q = d + dash.length;
                if (q + 1 < to && buf[q] == '-' && buf[q + 1] == '-') {
                    return parts; // close delimiter; the epilogue is ignored (RFC 2046 §5.1.1)
                }
                int partStart = afterLineEnd(q, to);
                int next = findDelimiter(dash, partStart, from, to);
                if (parts.size() >= BodyLimits.MAX_PARTS) {
                    report(MimeProblem.TOO_MANY_PARTS, d, "at most " + BodyLimits.MAX_PARTS + " parts", "more");
                }
                if (next < 0) {
                    report(MimeProblem.MISSING_CLOSE_DELIMITER, to,
                            "\"" + new String(dash, StandardCharsets.ISO_8859_1) + "--\"", "end of body");
                    parts.add(part(partStart, to, depth));
                    return parts;
                }
                int partEnd = next;
                if (partEnd > partStart && buf[partEnd - 1] == '\n') {
                    partEnd--;
                    if (partEnd > partStart && buf[partEnd - 1] == '\r') {
                        partEnd--;
                    } else {
                        lineEndLf(partEnd);
                    }
                }
                parts.add(part(partStart, Math.max(partStart, partEnd), depth));
                d = next;
            }
        }

        /** {@code "--" + boundary}, from the parameter or, leniently, from the first line; empty when none. */
        private byte[] dashBoundary(int from, int to, MediaType type) throws MimeParseException {
            Optional<String> b = type.boundary();
            String boundary;
            if (b.isPresent()) {
                boundary = b.get();
            } else {
                report(MimeProblem.MISSING_BOUNDARY, from, "a boundary parameter in " + type.essence(), "none");
                boundary = sniffBoundary(from, to);
                if (boundary.isEmpty()) {
                    return new byte[0];
                }
            }
            if (boundary.isEmpty() || boundary.length() > BodyLimits.MAX_BOUNDARY_LENGTH
                    || boundary.endsWith(" ") || !boundary.chars().allMatch(c -> c == ' '
                    || BCHARS_NOSPACE.indexOf(c) >= 0)) {
                report(MimeProblem.BAD_BOUNDARY, from, "1 to 70 bchars (RFC 2046 §5.1.1)",
                        "\"" + boundary + "\"");
                if (boundary.isEmpty()) {
                    return new byte[0];
                }
            }
            return ("--" + boundary).getBytes(StandardCharsets.UTF_8);
        }

        private String sniffBoundary(int from, int to) {
            if (to - from < 3 || buf[from] != '-' || buf[from + 1] != '-') {
                return "";
            }
            int i = from + 2;
            while (i < to && buf[i] != '\r' && buf[i] != '\n' && buf[i] != ' ' && buf[i] != '\t') {
                i++;
            }
            return new String(buf, from + 2, i - from - 2, StandardCharsets.ISO_8859_1);
        }

        /**
         * The index of the next {@code --boundary} at or after {@code from} that starts the body or a line and is
         * followed by {@code --}, or padding and a line end or the end of the body; -1 when there is none.
         */
        private int findDelimiter(byte[] dash, int from, int bodyStart, int to) {
            outer:
            for (int k = from; k + dash.length <= to; k++) {
                if (k != bodyStart && buf[k - 1] != '\n') {
                    continue;
                }
                for (int j = 0; j < dash.length; j++) {
                    if (buf[k + j] != dash[j]) {
                        continue outer;
                    }
                }
                int q = k + dash.length;
                if (q + 1 < to && buf[q] == '-' && buf[q + 1] == '-') {
                    return k;
                }
                while (q < to && (buf[q] == ' ' || buf[q] == '\t')) {
                    q++;
                }
                if (q == to || buf[q] == '\r' || buf[q] == '\n') {
                    return k;
                }
            }
            return -1;
        }

        /** Skips transport padding and one line end after a delimiter. */
        private int afterLineEnd(int q, int to) throws MimeParseException {
            while (q < to && (buf[q] == ' ' || buf[q] == '\t')) {
                q++;
            }
            if (q + 1 < to && buf[q] == '\r' && buf[q + 1] == '\n') {
                return q + 2;
            }
            if (q < to && buf[q] == '\n') {
                lineEndLf(q);
                return q + 1;
            }
            if (q < to && buf[q] == '\r') {
                return q + 1;
            }
            return q;
        }

        private void lineEndLf(int pos) throws MimeParseException {
            if (!lfReported) {
                lfReported = true;
                report(MimeProblem.LF_LINE_END, pos, "CRLF", "LF");
            }
        }

        /** One part in {@code [from, to)}: header lines, an empty line, the content. */
        private BodyPart part(int from, int to, int depth) throws MimeParseException {
            List<PartHeader> headers = new ArrayList<>();
            int i = from;
            int contentStart = -1;
            int lastNameEnd = -1;
            int headerLines = 0; // well-formed or not, so a part of junk lines stays bounded
            while (i < to) {
                int eol = i;
                while (eol < to && buf[eol] != '\n') {
                    eol++;
                }
                int lineEnd = eol;
                if (eol < to) {
                    if (eol > i && buf[eol - 1] == '\r') {
                        lineEnd = eol - 1;
                    } else {
                        lineEndLf(eol);
                    }
                }
                int next = eol < to ? eol + 1 : to;
                if (lineEnd == i && eol < to) {
                    contentStart = next;
                    break;
                }
                if (buf[i] == ' ' || buf[i] == '\t') {
                    if (!headers.isEmpty()) { // folded continuation (RFC 5322 §2.2.3)
                        PartHeader last = headers.remove(headers.size() - 1);
                        headers.add(new PartHeader(last.name(), (last.value() + " " + text(i, lineEnd).strip())
                                .strip()));
                    } else {
                        report(MimeProblem.BAD_PART_HEADER, i, "a header name", "whitespace");
                    }
                } else {
                    if (++headerLines > BodyLimits.MAX_PART_HEADERS) {
                        report(MimeProblem.TOO_MANY_PART_HEADERS, i,
                                "at most " + BodyLimits.MAX_PART_HEADERS + " header lines", "more");
                    }
                    int colon = i;
                    while (colon < lineEnd && buf[colon] != ':') {
                        colon++;
                    }
                    String name = colon < lineEnd ? text(i, colon).strip() : "";
                    if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
                        report(MimeProblem.BAD_PART_HEADER, i, "name \":\" value", "\""
                                + Locations.printable(buf, i, Math.min(lineEnd, i + 40)) + "\"");
                    } else {
                        headers.add(new PartHeader(name, text(colon + 1, lineEnd).strip()));
                        lastNameEnd = colon + 1;
                    }
                }
                i = next;
            }
            if (contentStart < 0) {
                report(MimeProblem.MISSING_HEADER_END, from, "header fields ended by an empty line",
                        "no empty line");
                headers.clear();
                contentStart = from;
            }
            MediaType type = contentType(headers, lastNameEnd);
            byte[] content = java.util.Arrays.copyOfRange(buf, contentStart, to);
            Optional<MultipartBody> nested = Optional.empty();
            if (type.isMultipart()) {
                List<BodyPart> inner = body(contentStart, to, type, depth + 1);
                nested = Optional.of(new MultipartBody(type, inner, List.of()));
            }
            return new BodyPart(headers, type, content, contentStart - off, nested);
        }

        private MediaType contentType(List<PartHeader> headers, int at) throws MimeParseException {
            for (PartHeader h : headers) {
                if (h.name().equalsIgnoreCase("Content-Type")) {
                    try {
                        return MediaType.parse(h.value());
                    } catch (MimeParseException e) {
                        report(MimeProblem.BAD_MEDIA_TYPE, Math.max(off, at), e.expected() + " in Content-Type",
                                e.found());
                        return UNKNOWN_PART_TYPE;
                    }
                }
            }
            return MediaType.DEFAULT_PART_TYPE;
        }

        private String text(int from, int to) {
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
    }
}
