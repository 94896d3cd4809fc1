package dev.sipdiag.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The two RFC 3398 interworking tables between ITU-T Q.850 causes (as in ISUP REL) and SIP responses:
 *
 * <ul>
 *   <li>§7.2.4.1 "ISDN Cause Code to Status Code Mapping": the response a gateway sends on the SIP side when the
 *       PSTN releases the call ({@link #toSip(int)}). Unlisted causes get {@value #DEFAULT_RESPONSE}.</li>
 *   <li>§8.2.6.1 "SIP Status Code to ISDN Cause Code Mapping": the cause a gateway puts in the REL when its
 *       INVITE was rejected ({@link #toQ850(int)}). Unlisted 4xx-6xx codes get cause {@value #DEFAULT_CAUSE}.</li>
 * </ul>
 *
 * <pre>{@code
 * Q850Mapping.toSip(17)            // Optional[486 Busy Here]
 * Q850Mapping.toSip(16)            // Optional.empty(): normal clearing becomes a BYE or CANCEL, not a response
 * Q850Mapping.toSip(99)            // Optional[500 Server Internal Error], the default
 * Q850Mapping.toQ850(486)          // [17 User busy]
 * Q850Mapping.toQ850(488)          // [31 Normal, unspecified, 65 Bearer capability not implemented]
 * Q850Mapping.causesFor(486)       // [17 User busy]: what `sipdiag explain 486` lists
 * }</pre>
 *
 * <p>The section numbers are RFC 3398's own (checked against its table of contents): cause-to-response is §7.2.4.1
 * and response-to-cause is §8.2.6.1, the opposite of what is sometimes cited.
 *
 * <p>These are the RFC's RECOMMENDED values, not what every gateway does (Asterisk, FreeSWITCH and SBC vendors
 * differ); a diagnosis must treat a mismatch as a hint, never as proof of a fault.
 */
public final class Q850Mapping {

    /*
     * Why the rows live in q850-to-sip.tsv and sip-to-q850.tsv rather than in code: each row carries a qualifier
     * (the RFC's (+), (*), "by Warning header") and the RFC's own note, and a reviewer can hold the file next to the
     * RFC text line by line. The files are read once, when this class initialises; a malformed row fails that
     * initialisation with the file and line, and the tests load both files on every build.
     */

    /** RFC 3398 §7.2.4.1: "If a cause value other than those listed below is received, ... 500". */
    public static final int DEFAULT_RESPONSE = 500;
    /** RFC 3398 §8.2.6.1: SIP codes not listed map to 31 "Normal, unspecified". */
    public static final int DEFAULT_CAUSE = 31;
    /** RFC 3398 §8.2.6: the SIP-to-cause table applies from this code up (a rejection of the INVITE). */
    public static final int LOWEST_REJECTION = 400;

    /** When a §7.2.4.1 row applies only in some circumstances. */
    public enum Condition {
        /** The cause location is "user": the RFC's (+) on cause 21 allows 603 instead of 403. */
        LOCATION_USER,
        /** The diagnostic holds the new number (cause 22): 301 with that number in Contact instead of 410. */
        NEW_NUMBER
    }

    /** What RFC 3398 §8.2.6.1 adds to a row. */
    public enum Remark {
        /** Nothing. */
        NONE,
        /** (*) 401/407: the gateway SHOULD authenticate and go on; cause 21 only if it cannot. */
        AUTHENTICATE_FIRST,
        /** (+) a protocol error: the gateway SHOULD remedy it and re-originate before releasing the ISUP side. */
        RETRY_FIRST,
        /** 488/606: chosen by the Warning header; 31 by default, 65 when the warning is about the bearer. */
        BY_WARNING
    }

    /**
     * One row of RFC 3398 §7.2.4.1. {@code response} is null when the RFC says to send no response (16, 44);
     * {@code condition} is null for the row that always applies.
     */
    public record CauseRule(Q850Cause cause, SipStatus response, Condition condition, String note) {
    }

    /** One row of RFC 3398 §8.2.6.1; {@code causes} is empty for "no mapping" (487) and lists the default first. */
    public record StatusRule(SipStatus status, List<Q850Cause> causes, Remark remark, String note) {
    }

    private static final List<CauseRule> CAUSE_RULES =
            Collections.unmodifiableList(MappingTables.loadCauseRules(MappingTables.CAUSE_TO_SIP));
    private static final List<StatusRule> STATUS_RULES =
            Collections.unmodifiableList(MappingTables.loadStatusRules(MappingTables.SIP_TO_CAUSE));
    private static final StatusRule[] STATUS_RULE_BY_CODE = indexStatusRules();

    private Q850Mapping() {
    }

    /**
     * RFC 3398 §7.2.4.1: the response for a cause when no condition is known.
     *
     * @return the response, or empty when the RFC says no response fits (16 usually becomes BYE or CANCEL; 44
     *     makes the switch retry on another circuit)
     * @throws IllegalArgumentException if the cause is outside 1-127
     */
    public static Optional<SipStatus> toSip(int cause) {
        return toSip(cause, EnumSet.noneOf(Condition.class));
    }

    /**
     * RFC 3398 §7.2.4.1 with what is known about the release: a row whose condition holds wins over the plain
     * row, e.g. {@code toSip(21, EnumSet.of(LOCATION_USER))} is 603 instead of 403.
     *
     * @throws IllegalArgumentException if the cause is outside 1-127
     */
    public static Optional<SipStatus> toSip(int cause, Set<Condition> holding) {
        Q850Cause.checkRange(cause);
        CauseRule plain = null;
        for (CauseRule rule : CAUSE_RULES) {
            if (rule.cause().value() != cause) {
                continue;
            }
            if (rule.condition() == null) {
                plain = rule;
            } else if (holding.contains(rule.condition())) {
                return Optional.ofNullable(rule.response());
            }
        }
        if (plain != null) {
            return Optional.ofNullable(plain.response());
        }
        return Optional.of(SipStatus.valueOf(DEFAULT_RESPONSE));
    }

    /**
     * RFC 3398 §8.2.6.1: the cause(s) for a SIP response, the recommended one first.
     *
     * @return one cause for most codes; 31 and 65 for 488 and 606 (chosen by the Warning header); none for 487
     *     ("no mapping") and for codes below 400, which do not reject the call; {@value #DEFAULT_CAUSE} for any
     *     other 4xx-6xx code
     * @throws IllegalArgumentException if the code is outside 100-699
     */
    public static List<Q850Cause> toQ850(int sipCode) {
        SipStatus.valueOf(sipCode); // range check with SipStatus's message
        if (sipCode < LOWEST_REJECTION) {
            return List.of();
        }
        StatusRule rule = STATUS_RULE_BY_CODE[sipCode];
        return rule != null ? rule.causes() : List.of(Q850Cause.of(DEFAULT_CAUSE));
    }

    /** {@link #toQ850(int)} for a status. */
    public static List<Q850Cause> toQ850(SipStatus status) {
        return toQ850(status.code());
    }

    /** The §8.2.6.1 row for a code, with its remark; empty for a code the table does not list. */
    public static Optional<StatusRule> statusRule(int sipCode) {
        return sipCode >= SipStatus.MIN_CODE && sipCode <= SipStatus.MAX_CODE
                ? Optional.ofNullable(STATUS_RULE_BY_CODE[sipCode])
                : Optional.empty();
    }

    /** The §7.2.4.1 rows for a cause (two for 21 and 22, none for an unlisted cause), in table order. */
    public static List<CauseRule> causeRules(int cause) {
        return CAUSE_RULES.stream().filter(r -> r.cause().value() == cause).toList();
    }

    /**
     * The causes that RFC 3398 §7.2.4.1 lists as mapping to this SIP code, conditional rows included, ascending:
     * {@code causesFor(486)} is [17], {@code causesFor(603)} is [21]. Causes that reach 500 only through the
     * default are not listed, or 500 would name most of Q.850.
     */
    public static List<Q850Cause> causesFor(int sipCode) {
        List<Q850Cause> causes = new ArrayList<>();
        for (CauseRule rule : CAUSE_RULES) {
            if (rule.response() != null && rule.response().code() == sipCode && !causes.contains(rule.cause())) {
                causes.add(rule.cause());
            }
        }
        Collections.sort(causes);
        return List.copyOf(causes);
    }

    /** Every §7.2.4.1 row, in table order. */
    public static List<CauseRule> causeRules() {
        return CAUSE_RULES;
    }

    /** Every §8.2.6.1 row, in table order. */
    public static List<StatusRule> statusRules() {
        return STATUS_RULES;
    }

    private static StatusRule[] indexStatusRules() {
        StatusRule[] byCode = new StatusRule[SipStatus.MAX_CODE + 1];
        for (StatusRule rule : STATUS_RULES) {
            int code = rule.status().code();
            if (byCode[code] != null) {
                throw new IllegalStateException(MappingTables.SIP_TO_CAUSE + ": " + code + " is listed twice");
            }
            byCode[code] = rule;
        }
        return byCode;
    }
}
