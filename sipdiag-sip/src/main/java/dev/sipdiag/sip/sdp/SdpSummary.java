package dev.sipdiag.sip.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * What call analysis needs of an offer or answer — the origin's address, and of the first audio stream (else the
 * first stream) its connection address and codecs — read in one pass over a well-formed session description.
 *
 * <p>Why hand-written beside {@link SdpParser}: analysis reads the SDP of every INVITE, answer and ACK of a
 * capture, and the full parser checks every line of the grammar and builds the whole model for that. This scan
 * accepts only the plain shape nearly every device sends (ASCII lines {@code x=value}, {@code v=0} first, single
 * spaces between fields, unicast {@code c=}, numeric ports, well-formed {@code a=rtpmap}) and declines anything
 * else by returning null; the caller then uses the full parser. On what it accepts it gives what
 * {@link SessionDescription#origin()}, {@link SessionDescription#effectiveConnection} and
 * {@link MediaDescription#codecs()} give (checked against the parser over the test corpus).
 *
 * @param origin       the {@code o=} unicast address, or null when there is no o= line
 * @param address      the chosen stream's connection address (media level, else session level), or null
 * @param codecs       the chosen stream's codec names in m= order; empty when there is no stream
 * @param hasMedia     whether there is any m= line
 */
public record SdpSummary(String origin, String address, List<String> codecs, boolean hasMedia) {

    /** Bodies longer than this go to the full parser (a plain offer is well under 2 KB). */
    static final int MAX_FAST_LENGTH = 8 * 1024;

    /**
     * The summary of {@code buf[off, off+len)}, or null when the body is not of the plain shape this scan reads;
     * use {@link SdpParser} then.
     */
    public static SdpSummary scan(byte[] buf, int off, int len) {
        if (len < 4 || len > MAX_FAST_LENGTH || buf[off] != 'v' || buf[off + 1] != '=' || buf[off + 2] != '0') {
            return null;
        }
        return new Scan(buf, off, off + len).run();
    }

    private static final class Scan {
        private final byte[] b;
        private final int end;
        private int pos;
        private String origin;
        private String sessionAddress;
        // the chosen stream: first audio, else first
        private int chosen = -1;
        private boolean chosenAudio;
        private String chosenAddress;
        private List<String> formats;
        private boolean rtp;
        private List<int[]> rtpMaps; // {payload type, name start, name end}
        private int media = -1;      // index of the stream being read
        private int lines;

        Scan(byte[] b, int off, int end) {
            this.b = b;
            this.pos = off;
            this.end = end;
        }

        SdpSummary run() {
            while (pos < end) {
                int ls = pos;
                int le = ls;
                while (le < end && b[le] != '\n') {
                    le++;
                }
                pos = le < end ? le + 1 : end;
                int ce = le > ls && b[le - 1] == '\r' ? le - 1 : le;
                if (++lines > SdpLimits.MAX_LINES || ce - ls > SdpLimits.MAX_LINE_LENGTH) {
                    return null;
                }
                if (ce == ls) {
                    if (pos >= end) {
                        break; // a trailing empty line
                    }
                    return null;
                }
                if (ce - ls < 2 || b[ls + 1] != '=' || b[ls] < 'a' || b[ls] > 'z' || !plain(ls + 2, ce)) {
                    return null;
                }
                if (!line(b[ls], ls + 2, ce)) {
                    return null;
                }
            }
            if (media < 0) {
                return new SdpSummary(origin, null, List.of(), false);
            }
            List<String> codecs = new ArrayList<>(formats.size());
            for (String f : formats) {
                codecs.add(codec(f));
            }
            return new SdpSummary(origin, chosenAddress != null ? chosenAddress : sessionAddress,
                    List.copyOf(codecs), true);
        }

        /** Printable ASCII and single spaces between fields; no tabs, controls or 8-bit bytes. */
        private boolean plain(int s, int e) {
            for (int i = s; i < e; i++) {
                int c = b[i];
                if (c < 0x20 || c > 0x7e || c == ' ' && (i == s || i == e - 1 || b[i - 1] == ' ')) {
                    return false;
                }
            }
            return true;
        }

        private boolean line(byte type, int s, int e) {
            switch (type) {
                case 'o' -> {
                    if (media >= 0 || origin != null) {
                        return false;
                    }
                    int[] t = fields(s, e, 6);
                    if (t == null || !digits(t[2], t[3]) || !digits(t[4], t[5])) {
                        return false;
                    }
                    origin = text(t[10], t[11]);
                }
                case 'c' -> {
                    int[] t = fields(s, e, 3);
                    if (t == null || indexOf('/', t[4], t[5]) >= 0) {
                        return false;
                    }
                    String addr = text(t[4], t[5]);
                    if (media < 0) {
                        if (sessionAddress != null) {
                            return false;
                        }
                        sessionAddress = addr;
                    } else if (media == chosen && chosenAddress == null) {
                        chosenAddress = addr;
                    } else if (media == chosen) {
                        return false;
                    }
                }
                case 'm' -> {
                    media++;
                    if (media >= SdpLimits.MAX_MEDIA) {
                        return false;
                    }
                    int n = count(s, e);
                    if (n < 4 || n - 3 > SdpLimits.MAX_FORMATS) {
                        return false;
                    }
                    int[] t = fields(s, e, n);
                    if (!port(t[2], t[3])) {
                        return false;
                    }
                    boolean audio = t[1] - t[0] == 5 && text(t[0], t[1]).equals("audio");
                    if (chosen < 0 || audio && !chosenAudio) {
                        chosen = media;
                        chosenAudio = audio;
                        chosenAddress = null;
                        rtp = text(t[4], t[5]).contains("RTP/");
                        formats = new ArrayList<>(n - 3);
                        for (int k = 3; k < n; k++) {
                            formats.add(text(t[2 * k], t[2 * k + 1]));
                        }
                        rtpMaps = new ArrayList<>();
                    }
                }
                case 'a' -> {
                    if (media >= 0 && media == chosen && e - s > 7 && startsWith(s, "rtpmap:")) {
                        return rtpMap(s + 7, e);
                    }
                }
                default -> {
                    // v, s, i, u, e, p, b, t, r, z, k and attributes of other streams: not needed here
                }
            }
            return true;
        }

        /** {@code a=rtpmap:<pt> <name>/<rate>[/<channels>]}, exactly as the full parser accepts it. */
        private boolean rtpMap(int s, int e) {
            int[] t = fields(s, e, 2);
            if (t == null || !digits(t[0], t[1]) || t[1] - t[0] > 3) {
                return false;
            }
            int pt = Integer.parseInt(text(t[0], t[1]));
            int slash1 = indexOf('/', t[2], t[3]);
            if (pt > 127 || slash1 <= t[2]) {
                return false;
            }
            int slash2 = indexOf('/', slash1 + 1, t[3]);
            int rateEnd = slash2 < 0 ? t[3] : slash2;
            if (!digits(slash1 + 1, rateEnd) || rateEnd - slash1 - 1 > 9 || allZero(slash1 + 1, rateEnd)) {
                return false;
            }
            if (slash2 >= 0) {
                if (!digits(slash2 + 1, t[3]) || t[3] - slash2 - 1 > 3) {
                    return false;
                }
                int ch = Integer.parseInt(text(slash2 + 1, t[3]));
                if (ch < 1 || ch > 255) {
                    return false;
                }
            }
            rtpMaps.add(new int[] {pt, t[2], slash1});
            return true;
        }

        private String codec(String format) {
            int pt = MediaDescription.payloadType(format);
            if (pt < 0) {
                return format;
            }
            for (int[] m : rtpMaps) {
                if (m[0] == pt) {
                    return text(m[1], m[2]);
                }
            }
            if (rtp) {
                return StaticPayloadTypes.lookup(pt).map(RtpMap::encodingName).orElse(format);
            }
            return format;
        }

        /** Start and end of each of exactly {@code n} space-separated fields, or null for another count. */
        private int[] fields(int s, int e, int n) {
            int[] t = new int[2 * n];
            int k = 0;
            int fs = s;
            for (int i = s; i <= e; i++) {
                if (i == e || b[i] == ' ') {
                    if (k == n) {
                        return null;
                    }
                    t[2 * k] = fs;
                    t[2 * k + 1] = i;
                    k++;
                    fs = i + 1;
                }
            }
            return k == n ? t : null;
        }

        private int count(int s, int e) {
            int n = 1;
            for (int i = s; i < e; i++) {
                if (b[i] == ' ') {
                    n++;
                }
            }
            return n;
        }

        /** {@code <port>} or {@code <port>/<number of ports>}, digits only. */
        private boolean port(int s, int e) {
            int slash = indexOf('/', s, e);
            return slash < 0 ? digits(s, e) && e - s <= 5 : digits(s, slash) && slash - s <= 5 && digits(slash + 1, e);
        }

        private boolean digits(int s, int e) {
            return SdpFields.allDigits(b, s, e);
        }

        private boolean allZero(int s, int e) {
            for (int i = s; i < e; i++) {
                if (b[i] != '0') {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(char c, int s, int e) {
            for (int i = s; i < e; i++) {
                if (b[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private boolean startsWith(int s, String p) {
            for (int i = 0; i < p.length(); i++) {
                if (b[s + i] != p.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private String text(int s, int e) {
            return new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
