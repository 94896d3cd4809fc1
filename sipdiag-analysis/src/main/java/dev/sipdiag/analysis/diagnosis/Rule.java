package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import java.util.List;

/**
 * One diagnosis rule: looks at a concluded call (or exchange) with all its messages and adds findings with
 * evidence. Rules are small, separate and individually tested; they must not throw on any input.
 */
public interface Rule {
    /** Stable id, used in JSON and as the resource-bundle key prefix, e.g. "no-response". */
    String id();

    /** Adds this rule's findings about the call, if any. */
    void check(CallContext ctx, List<Finding> out);
}
