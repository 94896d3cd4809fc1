package dev.sipdiag.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the calls a B2BUA split into several Call-IDs. Calls that share one Call-ID across hops are already
 * one call with several legs ({@link CallConcluder}); here a call whose X-CID / X-Call-ID style header names
 * another call's Call-ID becomes further legs of that call, which keeps its own outcome and timings (the
 * caller's view).
 */
final class Legs {
    private Legs() {
    }

    static List<Call> link(List<Call> calls) {
        Map<String, Call> byId = new HashMap<>();
        for (Call c : calls) {
            byId.putIfAbsent(c.callId(), c);
        }
        Map<String, List<Call>> children = new HashMap<>();
        Set<Call> absorbed = new HashSet<>();
        for (Call c : calls) {
            String parent = c.correlation();
            if (parent != null && !parent.equals(c.callId()) && byId.containsKey(parent)
                    && byId.get(parent).correlation() == null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
                absorbed.add(c);
            }
        }
        List<Call> out = new ArrayList<>(calls.size());
        for (Call c : calls) {
            if (absorbed.contains(c)) {
                continue;
            }
            List<Call> kids = children.get(c.callId());
            if (kids == null || byId.get(c.callId()) != c) {
                out.add(c);
                continue;
            }
            List<Call.Leg> legs = new ArrayList<>(c.legs());
            List<Integer> messages = new ArrayList<>(c.messages());
            int retrans = c.retransmissions();
            for (Call k : kids) {
                legs.addAll(k.legs());
                messages.addAll(k.messages());
                retrans += k.retransmissions();
            }
            messages.sort(null);
            out.add(c.withLinked(legs, messages, retrans));
        }
        return out;
    }
}
