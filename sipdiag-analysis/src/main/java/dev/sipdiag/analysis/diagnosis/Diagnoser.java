package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule over a concluded call or exchange. A rule that fails is a bug: it is reported, not hidden. When
 * the scanner rule recognises a probe, its finding is the only one kept.
 */
public final class Diagnoser {
    private final List<Rule> rules;

    public Diagnoser(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** sipdiag's rules, in the order their findings are listed. */
    public static Diagnoser standard() {
        return new Diagnoser(Rules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> diagnose(CallContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            try {
                r.check(ctx, out);
            } catch (RuntimeException e) {
                throw new IllegalStateException("diagnosis rule " + r.id() + " failed on Call-ID "
                        + (ctx.call() != null ? ctx.call().callId() : ctx.exchange().callId()), e);
            }
        }
        // Noise is kept apart: a scanner's probe is not a call that failed, so nothing else is said about it.
        for (Finding f : out) {
            if (f.rule().equals(ScannerRule.ID)) {
                return List.of(f);
            }
        }
        return out;
    }
}
