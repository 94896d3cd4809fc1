package dev.sipdiag.analysis.diagnosis;

import java.util.List;

/** The registry of diagnosis rules. Rules are stateless, so one instance serves every analysis. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new NoResponseRule(),
            new AckLostRule(),
            new AuthNoCredentialsRule(),
            new AuthRejectedRule(),
            new AuthStaleLoopRule(),
            new NumberingRule(),
            new ServerErrorRule(),
            new CodecRule(),
            new DialogLostRule(),
            new CalleeRule(),
            new CallerCancelledRule(),
            new RoutingLoopRule(),
            new TimersRule(),
            new NatRule(),
            new SipAlgRule(),
            new SlowSetupRule(),
            new ScannerRule(),
            new KeepAliveRule());

    private Rules() {
    }

    /** Every rule, in the order findings are listed. */
    public static List<Rule> all() {
        return ALL;
    }
}
