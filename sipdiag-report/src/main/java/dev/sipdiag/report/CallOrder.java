package dev.sipdiag.report;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.Outcome;
import java.util.List;

/** The order in which reports detail calls: the ones someone has to explain first. */
public final class CallOrder {
    private CallOrder() {
    }

    /** Every call that was not simply answered, and answered calls with a warning or error finding. */
    public static boolean worthALook(Call c) {
        return c.outcome() != Outcome.ANSWERED || c.findings().stream().anyMatch(CallOrder::serious);
    }

    private static boolean serious(Finding f) {
        return "error".equals(f.severity()) || "warning".equals(f.severity());
    }

    /** Outcomes of a non-INVITE exchange that need no explaining. */
    private static final java.util.Set<String> FINE_EXCHANGES = java.util.Set.of("ok", "registered", "unregistered",
            "in-progress");

    /** Exchanges (REGISTER, OPTIONS, ...) that failed or drew a warning or error finding, at most {@code limit}. */
    public static List<dev.sipdiag.analysis.Exchange> failedExchanges(List<dev.sipdiag.analysis.Exchange> exchanges,
                                                                      int limit) {
        return exchanges.stream()
                .filter(x -> !FINE_EXCHANGES.contains(x.outcome()) || x.findings().stream().anyMatch(CallOrder::serious))
                .limit(limit).toList();
    }

    /**
     * Where a call comes in the order reports detail calls, lowest first (ties by start time): failed calls and
     * calls with no response, then calls with an error finding, then the other unfinished or refused ones, then
     * the callers' and callees' own choices, then answered calls.
     */
    static int rank(Call c) {
        int base = switch (c.outcome()) {
            case FAILED, NO_RESPONSE -> 0;
            case REDIRECTED, PARTIAL, IN_PROGRESS -> 2;
            case BUSY, DECLINED, NO_ANSWER -> 3;
            case CANCELLED -> 4;
            case ANSWERED -> 5;
        };
        if (base > 0 && c.findings().stream().anyMatch(f -> "error".equals(f.severity()))) {
            return 1;
        }
        return base;
    }
}
