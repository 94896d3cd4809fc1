package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Challenges answered under another Call-ID. RFC 3261 §10.2 asks a UA to keep one Call-ID for its registrations,
 * but some devices answer a 401 with a fresh Call-ID. Per Call-ID such a challenge looks unanswered
 * ({@link AuthNoCredentialsRule}); across exchanges it is not: when the same sender registered the same
 * address-of-record with success within {@link #RETRY_WINDOW_MS}, the finding is withdrawn.
 */
public final class CrossCallIdRetries {
    /** How soon a retry under a new Call-ID must follow the challenge: Timer F, 32 s. */
    static final long RETRY_WINDOW_MS = 32_000;

    private CrossCallIdRetries() {
    }

    /** The exchanges, with no-credentials findings withdrawn where another Call-ID carried the retry. */
    public static List<Exchange> withdraw(List<Exchange> exchanges) {
        List<Exchange> out = new ArrayList<>(exchanges.size());
        for (Exchange x : exchanges) {
            if (!"REGISTER".equals(x.method()) || x.findings().stream().noneMatch(CrossCallIdRetries::noCredentials)
                    || !retriedElsewhere(x, exchanges)) {
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

    private static boolean retriedElsewhere(Exchange challenged, List<Exchange> all) {
        for (Exchange y : all) {
            if (y != challenged && "REGISTER".equals(y.method()) && "registered".equals(y.outcome())
                    && Objects.equals(y.source(), challenged.source()) && Objects.equals(y.from(), challenged.from())
                    && y.startTime() >= challenged.startTime()
                    && y.startTime() - challenged.startTime() <= RETRY_WINDOW_MS) {
                return true;
            }
        }
        return false;
    }
}
