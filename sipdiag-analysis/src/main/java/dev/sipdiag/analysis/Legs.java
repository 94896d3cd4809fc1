package dev.sipdiag.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Links the calls a B2BUA split into several Call-IDs. Calls that share one Call-ID across hops are already
 * one call with several legs ({@link CallConcluder}); here a call whose X-CID / X-Call-ID style header names
 * another call's Call-ID becomes further legs of that call, which keeps its own outcome and timings (the
 * caller's view). Concluded calls wait here for {@link CallAnalyzer#LINK_WINDOW_NANOS} so that legs ending a
 * little apart still meet; both legs of a B2BUA call end together, so a short window suffices.
 */
final class Legs {
    private record Pending(Call call, long concludedAt) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /** Calls concluded before the call their correlation header names, by that Call-ID. */
    private final Map<String, List<Call>> orphans = new HashMap<>();

    void add(Call c, long at) {
        String parent = c.correlation();
        if (parent != null && !parent.equals(c.callId())) {
            Pending p = pending.get(parent);
            if (p != null && p.call.correlation() == null) {
                pending.put(parent, new Pending(merge(p.call, List.of(c)), p.concludedAt));
                return;
            }
            if (p == null) {
                orphans.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
                pending.put(c.callId(), new Pending(c, at));
                return;
            }
        }
        List<Call> kids = orphans.remove(c.callId());
        if (kids != null && c.correlation() == null) {
            for (Call k : kids) {
                pending.remove(k.callId());
            }
            c = merge(c, kids);
        }
        pending.put(c.callId() + (pending.containsKey(c.callId()) ? "#" + pending.size() : ""), new Pending(c, at));
    }

    /** Hands on every call concluded before {@code until}, in the order they were concluded. */
    void drain(long until, Consumer<Call> out) {
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.concludedAt > until) {
                break;
            }
            it.remove();
            String parent = p.call.correlation();
            if (parent != null) {
                List<Call> waiting = orphans.get(parent);
                if (waiting != null) {
                    waiting.remove(p.call);
                    if (waiting.isEmpty()) {
                        orphans.remove(parent);
                    }
                }
            }
            out.accept(p.call);
        }
    }

    int pending() {
        return pending.size();
    }

    private static Call merge(Call parent, List<Call> kids) {
        List<Call.Leg> all = new ArrayList<>(parent.legs());
        List<Integer> messages = new ArrayList<>(parent.messages());
        int retrans = parent.retransmissions();
        for (Call k : kids) {
            all.addAll(k.legs());
            messages.addAll(k.messages());
            retrans += k.retransmissions();
        }
        messages.sort(null);
        return parent.withLinked(all, messages, retrans);
    }
}
