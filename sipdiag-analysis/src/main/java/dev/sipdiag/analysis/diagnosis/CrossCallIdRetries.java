package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Challenges answered under another Call-ID. RFC 3261 §10.2 asks a UA to keep one Call-ID for its registrations,
 * but some devices answer a 401 with a fresh Call-ID. Per Call-ID such a challenge looks unanswered
 * ({@link AuthNoCredentialsRule}); across exchanges it is not: when the same sender registered the same
 * address-of-record with success within {@link #RETRY_WINDOW_MS}, the finding is withdrawn.
 */
public final class CrossCallIdRetries {
    /** How soon a retry under a new Call-ID must follow the challenge: Timer F, 32 s. */
    public static final long RETRY_WINDOW_MS = 32_000;

    private CrossCallIdRetries() {
    }

    /**
     * The exchanges, with no-credentials findings withdrawn where another Call-ID carried the retry. Successful
     * registrations are indexed by sender and address-of-record, so a flood of challenged REGISTERs costs
     * O(n log n), not a scan of every exchange for each.
     */
    public static List<Exchange> withdraw(List<Exchange> exchanges) {
        return withdraw(exchanges, x -> true);
    }

    /** As {@link #withdraw(List)}, changing only the {@code wanted} exchanges (the rest are context). */
    public static List<Exchange> withdraw(List<Exchange> exchanges, java.util.function.Predicate<Exchange> wanted) {
        Map<String, List<Exchange>> registered = null;
        List<Exchange> out = new ArrayList<>(exchanges.size());
        for (Exchange x : exchanges) {
            if (!"REGISTER".equals(x.method()) || !wanted.test(x)
                    || x.findings().stream().noneMatch(CrossCallIdRetries::noCredentials)) {
                out.add(x);
                continue;
            }
            if (registered == null) {
                registered = index(exchanges);
            }
            if (!retriedElsewhere(x, registered.getOrDefault(key(x), List.of()))) {
                out.add(x);
                continue;
            }
            List<Finding> kept = x.findings().stream().filter(f -> !noCredentials(f)).toList();
            out.add(x.withFindings(kept));
        }
        return out;
    }

    private static boolean noCredentials(Finding f) {
        return f.rule().equals("auth-no-credentials");
    }

    private static String key(Exchange x) {
        return x.source() + "|" + x.from();
    }

    /** Successful registrations by sender and address-of-record, each list by start time. */
    private static Map<String, List<Exchange>> index(List<Exchange> all) {
        Map<String, List<Exchange>> by = new HashMap<>();
        for (Exchange y : all) {
            if ("REGISTER".equals(y.method()) && "registered".equals(y.outcome())) {
                by.computeIfAbsent(key(y), k -> new ArrayList<>()).add(y);
            }
        }
        for (List<Exchange> l : by.values()) {
            l.sort((a, b) -> Long.compare(a.startTime(), b.startTime()));
        }
        return by;
    }

    /** Whether another successful registration of the same sender and AOR started within the retry window. */
    private static boolean retriedElsewhere(Exchange challenged, List<Exchange> sameSenderAndAor) {
        long t = challenged.startTime();
        int lo = 0;
        int hi = sameSenderAndAor.size();
        while (lo < hi) { // first with startTime >= t
            int mid = (lo + hi) >>> 1;
            if (sameSenderAndAor.get(mid).startTime() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sameSenderAndAor.size(); i++) {
            Exchange y = sameSenderAndAor.get(i);
            if (y.startTime() - t > RETRY_WINDOW_MS) {
                return false;
            }
            if (y != challenged) {
                return true;
            }
        }
        return false;
    }
}
