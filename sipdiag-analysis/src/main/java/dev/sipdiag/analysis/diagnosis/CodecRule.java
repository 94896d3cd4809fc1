package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ends could not agree on media. Either the offer was refused with 488 Not Acceptable Here or 606 Not
 * Acceptable (RFC 3261 §21.4.26, §21.6.4) — the finding names the codecs offered, the codecs the refusing side
 * listed in its own SDP (RFC 3261 §21.4.26 lets it describe its capabilities there) and the Warning 3xx codes
 * (§20.43: 304 media type, 305 media format, 306 attribute not understood ...) — or an answered call's answer
 * shares no audio codec with its offer (RFC 3264 §6.1 forbids that).
 */
final class CodecRule implements Rule {
    /** Payload formats that carry no voice: DTMF, comfort noise, redundancy and FEC (RFC 4733, 3389, 2198, 5109). */
    static final Set<String> NOT_VOICE = Set.of("telephone-event", "cn", "red", "ulpfec", "rtx", "flexfec");

    /** A warn-code (RFC 3261 §20.43) at the start of a warning-value. */
    private static final Pattern WARN_CODE = Pattern.compile("(?:^|,)\\s*(3\\d\\d)\\s");

    @Override
    public String id() {
        return "codec";
    }

    @Override
    public Category category() {
        return Category.DEVICE;
    }

    @Override
    public List<String> textKeys() {
        return List.of("codec.refused.message", "codec.refused.fix", "codec.no-common.message",
                "codec.no-common.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.call() == null) {
            return;
        }
        SipEvent resp = Evidence.decisive(ctx);
        if (resp == null) {
            return;
        }
        SipEvent offer = Evidence.requestOf(ctx.events(), resp);
        if (offer == null) {
            offer = Evidence.firstInvite(ctx.events());
        }
        List<String> offered = offer == null ? List.of() : offer.codecs();
        if (resp.status() == 488 || resp.status() == 606) {
            out.add(Evidence.finding(ctx, this, "codec.refused", Severity.ERROR, Evidence.indexes(offer, resp),
                    Evidence.sender(resp), resp.label(), list(offered), list(resp.codecs()),
                    warnCodes(resp.warning()), offer == null ? "?" : Evidence.sender(offer)));
        } else if (resp.status() < 300 && !offered.isEmpty() && !resp.codecs().isEmpty()
                && voice(offered).stream().noneMatch(voice(resp.codecs())::contains)
                && !voice(offered).isEmpty() && !voice(resp.codecs()).isEmpty()) {
            out.add(Evidence.finding(ctx, this, "codec.no-common", Severity.ERROR, Evidence.indexes(offer, resp),
                    Evidence.sender(resp), resp.label(), list(offered), list(resp.codecs()), "-",
                    Evidence.sender(offer)));
        }
    }

    /** The voice codecs of a list, upper-cased for comparison. */
    static List<String> voice(List<String> codecs) {
        List<String> out = new ArrayList<>();
        for (String c : codecs) {
            if (c != null && !NOT_VOICE.contains(c.toLowerCase(Locale.ROOT))) {
                out.add(c.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** "305, 304", or "-" when there is no 3xx warn-code. */
    static String warnCodes(String warning) {
        if (warning == null) {
            return "-";
        }
        List<String> codes = new ArrayList<>();
        Matcher m = WARN_CODE.matcher(warning);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes.isEmpty() ? "-" : String.join(", ", codes);
    }

    private static String list(List<String> codecs) {
        return codecs.isEmpty() ? "-" : String.join(", ", codecs);
    }
}
