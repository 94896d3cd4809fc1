package dev.sipdiag.analysis;

import java.util.Collection;

/**
 * RFC 6076 end-to-end performance metrics over a set of calls and registrations, plus the two ITU-T E.411 ratios
 * carriers quote (ASR, NER), named as what they are.
 *
 * <p>Counting rules (RFC 6076 §4): one session request per call, measured on the caller's leg; retransmissions
 * and retries of the same request are not counted again; authentication rounds are inside the delays (§5.3).
 * "Failure response" means a final 4xx other than 401, 402 and 407, a 5xx or a 6xx (§4.2, §4.3.2). A ratio
 * whose denominator is 0 is undefined (null).
 *
 * @param sessionAttempts  calls (session requests) counted
 * @param srdSuccessMs     Session Request Delay of successful set-ups (§4.3): INVITE to first non-100 1xx or 200
 * @param srdFailureMs     Session Request Delay of failed set-ups: INVITE to first 1xx or the failure response
 * @param sddMs            Session Disconnect Delay (§4.4): BYE to its 2xx
 * @param sdtMs            Session Duration Time (§4.5): 200 OK to BYE
 * @param ser              Session Establishment Ratio (§4.6), %: INVITEs answered 200 / (INVITEs - INVITEs with 3xx)
 * @param seer             Session Establishment Effectiveness Ratio (§4.7), %: 200, 480, 486, 600, 603 in the
 *                         numerator, 3xx out of the denominator
 * @param isa              Ineffective Session Attempts (§4.8), %: final 408, 500, 503 or 504
 * @param scr              Session Completion Ratio (§4.9), %: answered calls whose BYE (if any) was answered
 * @param rrdMs            Registration Request Delay (§4.1) of successful registrations, 401 round included
 * @param ira              Ineffective Registration Attempts (§4.2), %: REGISTERs ending in a failure response or
 *                         no response (Timer F)
 * @param registrations    registration attempts counted for RRD/IRA
 * @param asr              Answer-Seizure Ratio (ITU-T E.411), %: answered / all attempts (RFC 6076's SER
 *                         resembles it but leaves 3xx out)
 * @param ner              Network Effectiveness Ratio (ITU-T E.411), %: attempts that reached the callee or
 *                         the callee's own choice (answered, busy, no answer, declined, 480) / all attempts
 */
public record Metrics(int sessionAttempts, Stat srdSuccessMs, Stat srdFailureMs, Stat sddMs, Stat sdtMs,
                      Double ser, Double seer, Double isa, Double scr, Stat rrdMs, Double ira, int registrations,
                      Double asr, Double ner) {

    /** Count, mean, median, 95th percentile and maximum of a set of measurements (null when empty). */
    public record Stat(int count, Double mean, Double median, Double p95, Double max) {
    }

    /** RFC 6076 §4.2, §4.3.2: the codes that count as failures (challenges 401, 402, 407 do not). */
    public static boolean isFailureResponse(int status) {
        return status >= 400 && status != 401 && status != 402 && status != 407;
    }

    /** Computes the metrics over calls and exchanges. */
    public static Metrics of(Collection<Call> calls, Collection<Exchange> exchanges) {
        Accumulator a = new Accumulator();
        calls.forEach(a::add);
        exchanges.forEach(a::add);
        return a.metrics();
    }

    /**
     * Collects what the metrics need one call at a time, so a report over millions of calls keeps only counts
     * and the delays themselves (primitive arrays), never the calls.
     */
    public static final class Accumulator {
        private int attempts;
        private int answered;
        private int redirected;
        private int effective;
        private int ineffective;
        private int completed;
        private int nerCount;
        private int regs;
        private int regFail;
        private final Longs srdOk = new Longs();
        private final Longs srdFail = new Longs();
        private final Longs sdt = new Longs();
        private final Longs sdd = new Longs();
        private final Longs rrd = new Longs();

        /** Adds a call. */
        public void add(Call c) {
            if (c.disconnectMs() != null) {
                sdd.add(c.disconnectMs());
            }
            if (c.outcome() == Outcome.PARTIAL) {
                return; // the capture missed the INVITE: not a session request we saw
            }
            attempts++;
            Integer fin = c.finalStatus();
            boolean ok = c.outcome() == Outcome.ANSWERED || c.outcome() == Outcome.CANCELLED && fin != null
                    && fin < 300;
            if (ok) {
                answered++;
            }
            if (fin != null && fin >= 300 && fin < 400) {
                redirected++;
            }
            if (ok || fin != null && (fin == 480 || fin == 486 || fin == 600 || fin == 603)) {
                effective++;
            }
            if (fin != null && (fin == 408 || fin == 500 || fin == 503 || fin == 504)) {
                ineffective++;
            }
            // SCR (§4.9): set up and not lost for lack of a response; a BYE nobody answered is such a loss
            if (ok && !(c.durationMs() != null && c.disconnectMs() == null)) {
                completed++;
            }
            if (ok || c.outcome() == Outcome.BUSY || c.outcome() == Outcome.NO_ANSWER
                    || c.outcome() == Outcome.DECLINED || fin != null && fin == 480) {
                nerCount++;
            }
            // SRD (§4.3): success ends at the first non-100 provisional, else the 200; failure at the first
            // provisional or the failure response. Success and failure are kept apart.
            if (ok) {
                Long v = c.postDialDelayMs() != null ? c.postDialDelayMs() : c.setupMs();
                if (v != null) {
                    srdOk.add(v);
                }
            } else if (fin != null && isFailureResponse(fin)) {
                Long v = c.postDialDelayMs() != null ? c.postDialDelayMs() : c.finalMs();
                if (v != null) {
                    srdFail.add(v);
                }
            }
            if (c.durationMs() != null) {
                sdt.add(c.durationMs());
            }
        }

        /** Adds an exchange (only registrations count, for RRD and IRA). */
        public void add(Exchange x) {
            if (!"REGISTER".equals(x.method())) {
                return;
            }
            regs++;
            if ("no-response".equals(x.outcome()) || x.finalStatus() != null && isFailureResponse(x.finalStatus())) {
                regFail++;
            }
            if (x.durationMs() != null && "registered".equals(x.outcome())) {
                rrd.add(x.durationMs());
            }
        }

        /** The metrics of everything added so far. */
        public Metrics metrics() {
            int denom = attempts - redirected;
            return new Metrics(attempts, srdOk.stat(), srdFail.stat(), sdd.stat(), sdt.stat(), pct(answered, denom),
                    pct(effective, denom), pct(ineffective, attempts), pct(completed, attempts), rrd.stat(),
                    pct(regFail, regs), regs, pct(answered, attempts), pct(nerCount, attempts));
        }
    }

    /** A growable array of longs. */
    private static final class Longs {
        private long[] v = new long[64];
        private int n;

        void add(long x) {
            if (n == v.length) {
                v = java.util.Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }

        Stat stat() {
            if (n == 0) {
                return new Stat(0, null, null, null, null);
            }
            long[] sorted = java.util.Arrays.copyOf(v, n);
            java.util.Arrays.sort(sorted);
            double sum = 0;
            for (long x : sorted) {
                sum += x;
            }
            return new Stat(n, sum / n, (double) sorted[rank(50, n)], (double) sorted[rank(95, n)],
                    (double) sorted[n - 1]);
        }

        /** Nearest-rank percentile index. */
        private static int rank(int p, int n) {
            return Math.max(0, (int) Math.ceil(p / 100.0 * n) - 1);
        }
    }

    private static Double pct(int n, int d) {
        return d <= 0 ? null : Math.round(10000.0 * n / d) / 100.0;
    }
}
