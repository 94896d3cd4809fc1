package dev.sipdiag.sip.internal;

/**
 * Byte-level readers for the correlation keys inside header values, used while framing. They never throw and
 * never allocate; when a value is too odd to read here they report nothing and the typed parser, run later,
 * says what is wrong.
 */
final class KeyScan {

    private KeyScan() {
    }

    /**
     * The {@code tag} parameter of a From or To value in {@code [vs, ve)}: (start << 32 | end), or -1.
     * Parameters outside angle brackets and quoted strings belong to the header (RFC 3261 §20.10).
     */
    static long tag(byte[] buf, int vs, int ve) {
        int i = vs;
        boolean bracketed = false;
        // Skip the display name and a bracketed URI, if any. The searches look at eight bytes at a time: these
        // values are long and run for the From and To of every message.
        boolean unbalanced = false;
        for (int k = Bytes.indexOfEither(buf, vs, ve, (byte) '"', (byte) '<'); k < ve;
                k = Bytes.indexOfEither(buf, k + 1, ve, (byte) '"', (byte) '<')) {
            if (buf[k] == '"') {
                k = skipQuoted(buf, k, ve);
                unbalanced = k >= ve;
            } else {
                bracketed = true;
                i = Bytes.indexOfEither(buf, k, ve, (byte) '>', (byte) '>');
                break;
            }
        }
        if (!bracketed) {
            i = vs;
        }
        if (!bracketed && unbalanced) {
            // Unbalanced quotes before a '<' (seen in the wild as \"name\"): take the first '<' as the URI start.
            int lt = Bytes.indexOfEither(buf, vs, ve, (byte) '<', (byte) '<');
            if (lt < ve) {
                i = Bytes.indexOfEither(buf, lt, ve, (byte) '>', (byte) '>');
            }
        }
        while ((i = Bytes.indexOfEither(buf, i, ve, (byte) ';', (byte) '"')) < ve) {
            if (buf[i] == '"') {
                i = skipQuoted(buf, i, ve) + 1;
                continue;
            }
            int n = i + 1;
            while (n < ve && Chars.isLws(buf[n])) {
                n++;
            }
            if (n + 3 <= ve && (buf[n] | 0x20) == 't' && (buf[n + 1] | 0x20) == 'a' && (buf[n + 2] | 0x20) == 'g') {
                int k = n + 3;
                while (k < ve && Chars.isLws(buf[k])) {
                    k++;
                }
                if (k < ve && buf[k] == '=') {
                    k++;
                    while (k < ve && Chars.isLws(buf[k])) {
                        k++;
                    }
                    int ts = k;
                    while (k < ve && Chars.isToken(buf[k])) {
                        k++;
                    }
                    if (k > ts) {
                        return ((long) ts << 32) | k;
                    }
                }
            }
            i = n;
        }
        return -1;
    }

    private static int skipQuoted(byte[] buf, int q, int ve) {
        int k = q + 1;
        while (k < ve && buf[k] != '"') {
            if (buf[k] == '\\') {
                k++;
            }
            k++;
        }
        return Math.min(k, ve);
    }

    /** Reads sent-by and branch of the first via-parm of a Via value into {@code m}. */
    static void topVia(byte[] buf, int vs, int ve, Layout m) {
        int i = vs;
        // sent-protocol: name / version / transport, with LWS allowed around the slashes.
        for (int part = 0; part < 3; part++) {
            int ts = i;
            while (i < ve && Chars.isToken(buf[i])) {
                i++;
            }
            if (i == ts) {
                return;
            }
            while (i < ve && Chars.isLws(buf[i])) {
                i++;
            }
            if (part < 2) {
                if (i >= ve || buf[i] != '/') {
                    return;
                }
                i++;
                while (i < ve && Chars.isLws(buf[i])) {
                    i++;
                }
            }
        }
        int hs = i;
        if (i < ve && buf[i] == '[') {
            while (i < ve && buf[i] != ']') {
                i++;
            }
            if (i >= ve) {
                return;
            }
            i++;
        } else {
            while (i < ve && (Chars.is(buf[i], Chars.HOST) || buf[i] == '_')) {
                i++;
            }
        }
        if (i == hs) {
            return;
        }
        m.sentByHostStart = hs;
        m.sentByHostEnd = i;
        while (i < ve && Chars.isLws(buf[i])) {
            i++;
        }
        if (i < ve && buf[i] == ':') {
            i++;
            while (i < ve && Chars.isLws(buf[i])) {
                i++;
            }
            int port = 0;
            int ps = i;
            while (i < ve && buf[i] >= '0' && buf[i] <= '9' && i - ps < 6) {
                port = port * 10 + (buf[i] - '0');
                i++;
            }
            if (i > ps && port <= 65535) {
                m.sentByPort = port;
            }
        }
        // via-params up to the end of this via-parm (a comma outside quotes).
        while (i < ve) {
            byte b = buf[i];
            if (b == ',') {
                return;
            }
            if (b == '"') {
                i = skipQuoted(buf, i, ve) + 1;
                continue;
            }
            if (b == ';') {
                int n = i + 1;
                while (n < ve && Chars.isLws(buf[n])) {
                    n++;
                }
                if (n + 6 <= ve && (buf[n] | 0x20) == 'b' && (buf[n + 1] | 0x20) == 'r' && (buf[n + 2] | 0x20) == 'a'
                        && (buf[n + 3] | 0x20) == 'n' && (buf[n + 4] | 0x20) == 'c' && (buf[n + 5] | 0x20) == 'h') {
                    int k = n + 6;
                    while (k < ve && Chars.isLws(buf[k])) {
                        k++;
                    }
                    if (k < ve && buf[k] == '=') {
                        k++;
                        while (k < ve && Chars.isLws(buf[k])) {
                            k++;
                        }
                        int bs = k;
                        while (k < ve && Chars.isToken(buf[k])) {
                            k++;
                        }
                        if (k > bs) {
                            m.branchStart = bs;
                            m.branchEnd = k;
                            return;
                        }
                    }
                }
                i = n;
                continue;
            }
            i++;
        }
    }
}
