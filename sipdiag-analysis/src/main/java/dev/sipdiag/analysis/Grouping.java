package dev.sipdiag.analysis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** How {@code --group-by} splits calls for per-group metrics. */
public enum Grouping {
    /** By the dialled number's first {@value #PREFIX_DIGITS} digits, in international form where it is clear. */
    DESTINATION(Grouping::destination),
    /** By the hour (UTC) the call started. */
    HOUR(Grouping::hour),
    /** By the pair of signalling addresses of the caller's leg: the trunk the call used. */
    TRUNK(Grouping::trunk);

    /** Digits of the dialled number that name a destination. */
    public static final int PREFIX_DIGITS = 4;
    private static final DateTimeFormatter HOUR_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH':00Z'").withZone(ZoneOffset.UTC);

    private final Function<Call, String> key;

    Grouping(Function<Call, String> key) {
        this.key = key;
    }

    /** The group a call belongs to. */
    public String keyOf(Call c) {
        return key.apply(c);
    }

    /** Parses "destination", "hour" or "trunk". */
    public static Grouping parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** Calls by group, groups sorted by key. */
    public Map<String, List<Call>> split(List<Call> calls) {
        Map<String, List<Call>> out = new TreeMap<>();
        for (Call c : calls) {
            out.computeIfAbsent(keyOf(c), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    private static String hour(Call c) {
        return c.startTime() < 0 ? "unknown" : HOUR_FORMAT.format(Instant.ofEpochMilli(c.startTime()));
    }

    private static String destination(Call c) {
        String n = c.toUser();
        if (n == null || n.isEmpty()) {
            return "unknown";
        }
        StringBuilder digits = new StringBuilder();
        for (char ch : n.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            } else if (ch != '+' && ch != '-' && ch != ' ' && ch != '.' && ch != '(' && ch != ')') {
                return n; // not a number: group by the user name itself
            }
        }
        String d = digits.toString();
        // "+31..." and "0031..." are both international; a single leading 0 is a national number
        String intl = n.startsWith("+") ? d : d.startsWith("00") ? d.substring(2) : null;
        String shown = intl != null ? "+" + intl : d;
        return shown.substring(0, Math.min(shown.length(), PREFIX_DIGITS + (intl != null ? 1 : 0)));
    }

    private static String trunk(Call c) {
        if (c.legs().isEmpty() || c.legs().get(0).source() == null) {
            return "unknown";
        }
        Call.Leg l = c.legs().get(0);
        return l.source() + " -> " + l.destination();
    }
}
