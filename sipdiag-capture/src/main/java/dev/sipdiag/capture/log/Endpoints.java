package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Transport;

import java.util.Locale;

/** Addresses and transports as logs write them. */
final class Endpoints {
    private Endpoints() {
    }

    /**
     * "192.0.2.1:5060", "[2001:db8::1]:5060" or, as sngrep writes IPv6, "2001:db8::1:5060" (the port after the
     * last colon). The address is kept as written, lower-cased, without brackets.
     *
     * @return the endpoint, or null when the text is not address:port with a port of 0..65535
     */
    static Endpoint parse(String text) {
        String s = text.trim();
        String host;
        String port;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != ':') {
                return null;
            }
            host = s.substring(1, close);
            port = s.substring(close + 2);
        } else {
            int colon = s.lastIndexOf(':');
            if (colon <= 0) {
                return null;
            }
            host = s.substring(0, colon);
            port = s.substring(colon + 1);
        }
        int number = port(port);
        if (number < 0 || host.isEmpty()) {
            return null;
        }
        return new Endpoint(host.toLowerCase(Locale.ROOT), number);
    }

    /** A decimal port 0..65535, or -1. */
    static int port(String text) {
        if (text.isEmpty() || text.length() > 5) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value <= 0xffff ? value : -1;
    }

    /**
     * A transport named the way PBX logs name it, ignoring case and a trailing "6" (pjsip's IPv6 transports,
     * "UDP6"): udp, tcp, tls, sctp, ws, wss; anything else {@link Transport#UNKNOWN}.
     */
    static Transport transport(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith("6")) {
            n = n.substring(0, n.length() - 1);
        }
        return switch (n) {
            case "udp" -> Transport.UDP;
            case "tcp" -> Transport.TCP;
            case "tls" -> Transport.TLS;
            case "sctp" -> Transport.SCTP;
            case "ws" -> Transport.WS;
            case "wss" -> Transport.WSS;
            default -> Transport.UNKNOWN;
        };
    }
}
