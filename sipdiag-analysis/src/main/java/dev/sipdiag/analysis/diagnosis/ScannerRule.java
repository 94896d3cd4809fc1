package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;
import java.util.Locale;

/**
 * Noise from SIP scanners: requests whose User-Agent names a known scanning tool (SIPVicious' "friendly-scanner",
 * sipcli, sip-scan, VaxSIPUserAgent, ...). They probe for open accounts and never place a real call; the finding
 * marks the call or exchange as noise so it is not mistaken for a failing phone, and says how to keep scanners
 * out. Informational: the server's refusal is the right answer.
 */
final class ScannerRule implements Rule {
    /** Lower-case fragments of User-Agent values that scanning tools send. */
    static final List<String> SCANNER_AGENTS = List.of("friendly-scanner", "sipvicious", "sipcli", "sip-scan",
            "sipscan", "vaxsipuseragent", "iwar", "sundayddr", "smap", "pplsip", "sipptk");

    /** The rule id. */
    static final String ID = "scanner";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Category category() {
        return Category.NETWORK;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        for (SipEvent e : Evidence.events(ctx)) {
            if (e.request() && isScannerAgent(e.userAgent())) {
                out.add(Evidence.finding(ctx, this, id(), Severity.INFO, Evidence.indexes(e), e.method(),
                        Evidence.sender(e), Evidence.receiver(e), e.userAgent().strip()));
                return;
            }
        }
    }

    /** Whether a User-Agent value names a known scanner. */
    static boolean isScannerAgent(String agent) {
        if (agent == null) {
            return false;
        }
        String a = agent.toLowerCase(Locale.ROOT);
        for (String s : SCANNER_AGENTS) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any request among the messages came from a scanner. */
    static boolean isScanner(List<SipEvent> events) {
        for (SipEvent e : events) {
            if (e.request() && isScannerAgent(e.userAgent())) {
                return true;
            }
        }
        return false;
    }
}
