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

    /** Concluded calls waiting, in the order they concluded, by arrival number (a Call-ID may conclude twice). */
    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    /** Waiting calls that other legs may name (those without a correlation header of their own), by Call-ID. */
    private final Map<String, Long> parents = new HashMap<>();
    /** Waiting legs whose parent has not concluded yet, by the parent's Call-ID. */
    private final Map<String, List<Long>> orphans = new HashMap<>();
    private long arrivals;

    void add(Call c, long at) {
        String parent = c.correlation();
        if (parent != null && !parent.equals(c.callId())) {
            Long p = parents.get(parent);
            if (p != null) {
                Pending waiting = pending.get(p);
                pending.put(p, new Pending(merge(waiting.call, List.of(c)), waiting.concludedAt));
            } else {
                long n = arrivals++;
                pending.put(n, new Pending(c, at));
                orphans.computeIfAbsent(parent, k -> new ArrayList<>()).add(n);
            }
            return;
        }
        if (parent == null) {
            List<Long> kids = orphans.remove(c.callId());
            if (kids != null) {
                List<Call> legs = new ArrayList<>(kids.size());
                for (long k : kids) {
                    legs.add(pending.remove(k).call);
                }
                c = merge(c, legs);
            }
        }
        long n = arrivals++;
        pending.put(n, new Pending(c, at));
        if (parent == null) {
            parents.put(c.callId(), n);
        }
    }

    /** Hands on every call concluded before {@code until}, in the order they were concluded. */
    void drain(long until, Consumer<Call> out) {
        for (Iterator<Map.Entry<Long, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Pending> e = it.next();
            Call c = e.getValue().call;
            if (e.getValue().concludedAt > until) {
                break;
            }
            it.remove();
            String parent = c.correlation();
            if (parent == null) {
                parents.remove(c.callId(), e.getKey());
            } else {
                List<Long> waiting = orphans.get(parent);
                if (waiting != null && waiting.remove(e.getKey()) && waiting.isEmpty()) {
                    orphans.remove(parent);
                }
            }
            out.accept(c);
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
