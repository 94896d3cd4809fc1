package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * The dialled number was refused: 404 Not Found, 484 Address Incomplete, 485 Ambiguous (RFC 3261 §21.4.5,
 * §21.4.22, §21.4.23) or 604 Does Not Exist Anywhere (§21.6.3) to the INVITE that decided the call. The finding
 * names the number from the Request-URI, what its digits say ({@link DialledNumber}) and, per status, what to
 * try.
 */
final class NumberingRule implements Rule {
    /** The statuses that say the number or address is wrong. */
    static final List<Integer> STATUSES = List.of(404, 484, 485, 604);

    @Override
    public String id() {
        return "numbering";
    }

    @Override
    public Category category() {
        return Category.NUMBERING;
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>();
        for (int s : STATUSES) {
            keys.add("numbering." + s + ".message");
            keys.add("numbering." + s + ".fix");
        }
        for (DialledNumber.Kind k : DialledNumber.Kind.values()) {
            keys.add("numbering.number." + k.id());
        }
        return keys;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        SipEvent resp = Evidence.decisive(ctx);
        if (resp == null || !STATUSES.contains(resp.status())) {
            return;
        }
        SipEvent inv = Evidence.requestOf(ctx.events(), resp);
        if (inv == null) {
            inv = Evidence.firstInvite(ctx.events());
        }
        String user = inv != null ? DialledNumber.userOf(inv.requestUri()) : ctx.call().toUser();
        if (user == null) {
            user = ctx.call().toUser();
        }
        DialledNumber n = DialledNumber.of(user);
        String remark = ctx.texts().get("numbering.number." + n.kind().id(), n.dialled(), n.digitCount(),
                n.e164() == null ? "-" : n.e164(), DialledNumber.NL_SIGNIFICANT_DIGITS);
        String key = "numbering." + resp.status();
        String text = ctx.texts().get(key + ".message", Evidence.sender(resp), n.dialled(), resp.label(),
                inv == null ? "?" : Evidence.sender(inv)) + " " + remark + " " + ctx.texts().get(key + ".fix");
        out.add(new Finding(id(), category(), Severity.ERROR.id(), text, Evidence.indexes(inv, resp)));
    }
}
