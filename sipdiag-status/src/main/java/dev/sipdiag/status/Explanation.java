package dev.sipdiag.status;

import java.util.List;
import java.util.Locale;

/**
 * What a status code means for the people involved, in one language. All texts are non-empty except
 * {@code note}, which is null when the code is a failure in every circumstance.
 *
 * @param status     the code explained
 * @param language   the language of the texts ("en" or "nl")
 * @param meaning    one or two plain sentences for the person making the call
 * @param sender     who usually sends this code
 * @param causes     likely causes, most likely first
 * @param actions    what to check or do, most useful first
 * @param retry      whether and when a retry helps
 * @param note       when the code is not a failure at all, or null
 * @param verdict    whether it is a failure
 * @param classLevel true when the texts are those of the code's class, because the code itself is unknown
 */
public record Explanation(SipStatus status, Locale language, String meaning, String sender, List<Cause> causes,
                          List<String> actions, String retry, String note, Verdict verdict, boolean classLevel) {

    /** A likely cause and the area it lies in. */
    public record Cause(Category category, String text) {
    }
}
