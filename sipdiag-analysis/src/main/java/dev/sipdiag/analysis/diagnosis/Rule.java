package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * One diagnosis rule: looks at a concluded call (or exchange) with all its messages and adds findings with
 * evidence. Rules are small, separate and individually tested; they must not throw on any input.
 *
 * <p>Texts: a rule's findings use the resource-bundle keys {@code ID.VARIANT.message} and {@code ID.VARIANT.fix}
 * (or {@code ID.message}/{@code ID.fix} for a rule with one kind of finding), listed by {@link #textKeys()} so a
 * test can prove both languages have them.
 */
public interface Rule {
    /** Stable id, used in JSON and as the resource-bundle key prefix, e.g. "no-response". */
    String id();

    /** Where the cause of this rule's findings lies. */
    Category category();

    /** Adds this rule's findings about the call, if any. */
    void check(CallContext ctx, List<Finding> out);

    /** Every resource-bundle key this rule may use; by default its one message and fix. */
    default List<String> textKeys() {
        return List.of(id() + ".message", id() + ".fix");
    }
}
