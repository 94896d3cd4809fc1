package dev.sipdiag.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sipdiag.status.Q850Cause;
import dev.sipdiag.status.Q850Mapping;
import dev.sipdiag.status.SipStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Q.850 side of {@code explain}: causes for a SIP code, and a cause's name and SIP mapping. */
final class Q850Support {
    private Q850Support() {
    }

    /** The Q.850 causes that map to this SIP code (RFC 3398 §7.2.4.1), for {@code explain 486} → [17]. */
    static int[] causesFor(int sipCode) {
        return Q850Mapping.causesFor(sipCode).stream().mapToInt(Q850Cause::value).toArray();
    }

    static String name(int cause) {
        return Q850Cause.of(cause).standardName().orElse("?");
    }

    /** Validates a q850:N query: 1..127. */
    static boolean valid(int cause) {
        return Q850Cause.isInRange(cause);
    }

    static List<String> describe(int cause, Labels labels) {
        Q850Cause c = Q850Cause.of(cause);
        List<String> out = new ArrayList<>();
        if (!c.isAssigned()) {
            out.add(labels.get("q850.unknown", cause));
        } else {
            out.add(labels.get("q850.cause", cause, c.standardName().orElse("")));
        }
        out.add("  " + labels.get("q850.class", labels.get("q850class." + c.causeClass().name())));
        Optional<SipStatus> sip = Q850Mapping.toSip(cause);
        out.add("  " + (sip.isPresent() ? labels.get("q850.maps", sip.get().toString())
                : labels.get("q850.nomap")));
        List<Q850Cause> back = new ArrayList<>();
        sip.ifPresent(s -> back.addAll(Q850Mapping.toQ850(s)));
        if (!back.isEmpty()) {
            out.add("  " + labels.get("q850.back", sip.get().code(),
                    String.join(", ", back.stream().map(q -> q.value() + " " + q.standardName().orElse("")).toList())));
        }
        return out;
    }

    static ObjectNode json(int cause) {
        Q850Cause c = Q850Cause.of(cause);
        ObjectNode o = StatusJson.MAPPER.createObjectNode();
        o.put("cause", cause);
        o.put("name", c.standardName().orElse(null));
        o.put("assigned", c.isAssigned());
        o.put("class", c.causeClass().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Optional<SipStatus> sip = Q850Mapping.toSip(cause);
        if (sip.isPresent()) {
            o.put("sip", sip.get().code());
            o.put("sipReason", sip.get().reasonPhrase());
        } else {
            o.putNull("sip");
        }
        ArrayNode back = o.putArray("sipMapsBackTo");
        sip.ifPresent(s -> Q850Mapping.toQ850(s).forEach(q -> back.add(q.value())));
        return o;
    }
}
