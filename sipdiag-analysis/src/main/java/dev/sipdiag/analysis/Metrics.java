package dev.sipdiag.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
        static Stat of(List<Long> values) {
            if (values.isEmpty()) {
                return new Stat(0, null, null, null, null);
            }
            List<Long> v = new ArrayList<>(values);
            v.sort(null);
            double sum = 0;
            for (long x : v) {
                sum += x;
            }
            return new Stat(v.size(), sum / v.size(), percentile(v, 50), percentile(v, 95),
                    (double) v.get(v.size() - 1));
        }

        private static double percentile(List<Long> sorted, int p) {
            // nearest-rank method
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    /** RFC 6076 §4.2, §4.3.2: the codes that count as failures (challenges 401, 402, 407 do not). */
    public static boolean isFailureResponse(int status) {
        return status >= 400 && status != 401 && status != 402 && status != 407;
    }

    /** Computes the metrics over calls and exchanges. */
    public static Metrics of(Collection<Call> calls, Collection<Exchange> exchanges) {
        int attempts = 0;
        int answered = 0;
        int redirected = 0;
        int effective = 0;
        int ineffective = 0;
        int completed = 0;
        int nerCount = 0;
        List<Long> srdOk = new ArrayList<>();
        List<Long> srdFail = new ArrayList<>();
        List<Long> sdt = new ArrayList<>();
        for (Call c : calls) {
            if (c.outcome() == Outcome.PARTIAL) {
                continue; // the capture missed the INVITE: not a session request we saw
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
        List<Long> sdd = new ArrayList<>();
        for (Call c : calls) {
            if (c.disconnectMs() != null) {
                sdd.add(c.disconnectMs());
            }
        }
        int regs = 0;
        int regFail = 0;
        List<Long> rrd = new ArrayList<>();
        for (Exchange x : exchanges) {
            if (!"REGISTER".equals(x.method())) {
                continue;
            }
            regs++;
            if ("no-response".equals(x.outcome()) || x.finalStatus() != null && isFailureResponse(x.finalStatus())) {
                regFail++;
            }
            if (x.durationMs() != null && "registered".equals(x.outcome())) {
                rrd.add(x.durationMs());
            }
        }
        int denom = attempts - redirected;
        return new Metrics(attempts, Stat.of(srdOk), Stat.of(srdFail), Stat.of(sdd), Stat.of(sdt),
                pct(answered, denom), pct(effective, denom), pct(ineffective, attempts), pct(completed, attempts),
                Stat.of(rrd), pct(regFail, regs), regs, pct(answered, attempts), pct(nerCount, attempts));
    }

    private static Double pct(int n, int d) {
        return d <= 0 ? null : Math.round(10000.0 * n / d) / 100.0;
    }
}
