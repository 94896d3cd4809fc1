package dev.sipdiag.analysis.diagnosis;

import java.util.List;

/** The registry of diagnosis rules. */
public final class Rules {
    private Rules() {
    }

    /** Every rule, in the order findings are listed. */
    public static List<Rule> all() {
        return List.of();
    }
}
