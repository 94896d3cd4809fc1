package dev.sipdiag.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An ITU-T Q.850 cause value (1-127), as carried in an ISUP REL, a Q.931/QSIG DISCONNECT, or a SIP Reason
 * header with protocol "Q.850" (RFC 3326 §2). Every value Q.850 assigns is a constant with its standard name;
 * any other value in range is an unassigned cause that still knows its {@link Q850CauseClass class}, because
 * the class comes from the value's top three bits. Equality is by value.
 *
 * <pre>{@code
 * Q850Cause.of(17)               // USER_BUSY, "User busy"
 * Q850Cause.of(13).isAssigned()  // false; toString() is "13 (unknown cause 13)"
 * Q850Cause.of(13).causeClass()  // NORMAL_EVENT
 * Q850Cause.assigned(13)         // Optional.empty()
 * Q850Cause.of(0)                // IllegalArgumentException: Q.850 cause values run from 1 to 127
 * }</pre>
 *
 * <p>Why {@code of} returns a value for unassigned numbers instead of an Optional: what we read off the wire is
 * still a cause with a class ("resource unavailable" for 45 tells the reader a lot), and a diagnosis must be
 * able to name it. Callers that want only the assigned causes use {@link #assigned(int)}.
 *
 * <p>The names are those of ITU-T Q.850 (05/1998) and its later amendments (which added 14 and 24); Q.850 marks
 * 2, 5, 70, 91 and 103 "national use", a remark the names here leave out. Lookup is an array index.
 */
public final class Q850Cause implements Comparable<Q850Cause> {

    /** Lowest cause value: 0 is not assigned by Q.850 and means "no cause" in the ISUP/Q.931 field. */
    public static final int MIN_VALUE = 1;
    /** Highest cause value: the cause field is seven bits wide. */
    public static final int MAX_VALUE = 127;

    private static final Q850Cause[] BY_VALUE = new Q850Cause[MAX_VALUE + 1];
    private static final List<Q850Cause> ASSIGNED = new ArrayList<>();

    /** 1 Unallocated (unassigned) number. */
    public static final Q850Cause UNALLOCATED_NUMBER = define(1, "Unallocated (unassigned) number");
    /** 2 No route to specified transit network. */
    public static final Q850Cause NO_ROUTE_TO_TRANSIT_NETWORK = define(2, "No route to specified transit network");
    /** 3 No route to destination. */
    public static final Q850Cause NO_ROUTE_TO_DESTINATION = define(3, "No route to destination");
    /** 4 Send special information tone. */
    public static final Q850Cause SEND_SPECIAL_INFORMATION_TONE = define(4, "Send special information tone");
    /** 5 Misdialled trunk prefix. */
    public static final Q850Cause MISDIALLED_TRUNK_PREFIX = define(5, "Misdialled trunk prefix");
    /** 6 Channel unacceptable. */
    public static final Q850Cause CHANNEL_UNACCEPTABLE = define(6, "Channel unacceptable");
    /** 7 Call awarded and being delivered in an established channel. */
    public static final Q850Cause CALL_AWARDED_IN_ESTABLISHED_CHANNEL = define(7, "Call awarded and being delivered in an established channel");
    /** 8 Preemption. */
    public static final Q850Cause PREEMPTION = define(8, "Preemption");
    /** 9 Preemption - circuit reserved for reuse. */
    public static final Q850Cause PREEMPTION_CIRCUIT_RESERVED = define(9, "Preemption - circuit reserved for reuse");
    /** 14 QoR: ported number. */
    public static final Q850Cause QOR_PORTED_NUMBER = define(14, "QoR: ported number");
    /** 16 Normal call clearing. */
    public static final Q850Cause NORMAL_CALL_CLEARING = define(16, "Normal call clearing");
    /** 17 User busy. */
    public static final Q850Cause USER_BUSY = define(17, "User busy");
    /** 18 No user responding. */
    public static final Q850Cause NO_USER_RESPONDING = define(18, "No user responding");
    /** 19 No answer from user (user alerted). */
    public static final Q850Cause NO_ANSWER_FROM_USER = define(19, "No answer from user (user alerted)");
    /** 20 Subscriber absent. */
    public static final Q850Cause SUBSCRIBER_ABSENT = define(20, "Subscriber absent");
    /** 21 Call rejected. */
    public static final Q850Cause CALL_REJECTED = define(21, "Call rejected");
    /** 22 Number changed. */
    public static final Q850Cause NUMBER_CHANGED = define(22, "Number changed");
    /** 23 Redirection to new destination. */
    public static final Q850Cause REDIRECTION_TO_NEW_DESTINATION = define(23, "Redirection to new destination");
    /** 24 Call rejected due to feature at the destination. */
    public static final Q850Cause CALL_REJECTED_DUE_TO_FEATURE = define(24, "Call rejected due to feature at the destination");
    /** 25 Exchange routing error. */
    public static final Q850Cause EXCHANGE_ROUTING_ERROR = define(25, "Exchange routing error");
    /** 26 Non-selected user clearing. */
    public static final Q850Cause NON_SELECTED_USER_CLEARING = define(26, "Non-selected user clearing");
    /** 27 Destination out of order. */
    public static final Q850Cause DESTINATION_OUT_OF_ORDER = define(27, "Destination out of order");
    /** 28 Invalid number format (address incomplete). */
    public static final Q850Cause INVALID_NUMBER_FORMAT = define(28, "Invalid number format (address incomplete)");
    /** 29 Facility rejected. */
    public static final Q850Cause FACILITY_REJECTED = define(29, "Facility rejected");
    /** 30 Response to STATUS ENQUIRY. */
    public static final Q850Cause RESPONSE_TO_STATUS_ENQUIRY = define(30, "Response to STATUS ENQUIRY");
    /** 31 Normal, unspecified. */
    public static final Q850Cause NORMAL_UNSPECIFIED = define(31, "Normal, unspecified");
    /** 34 No circuit/channel available. */
    public static final Q850Cause NO_CIRCUIT_AVAILABLE = define(34, "No circuit/channel available");
    /** 38 Network out of order. */
    public static final Q850Cause NETWORK_OUT_OF_ORDER = define(38, "Network out of order");
    /** 39 Permanent frame mode connection out of service. */
    public static final Q850Cause PERMANENT_FRAME_MODE_OUT_OF_SERVICE = define(39, "Permanent frame mode connection out of service");
    /** 40 Permanent frame mode connection operational. */
    public static final Q850Cause PERMANENT_FRAME_MODE_OPERATIONAL = define(40, "Permanent frame mode connection operational");
    /** 41 Temporary failure. */
    public static final Q850Cause TEMPORARY_FAILURE = define(41, "Temporary failure");
    /** 42 Switching equipment congestion. */
    public static final Q850Cause SWITCHING_EQUIPMENT_CONGESTION = define(42, "Switching equipment congestion");
    /** 43 Access information discarded. */
    public static final Q850Cause ACCESS_INFORMATION_DISCARDED = define(43, "Access information discarded");
    /** 44 Requested circuit/channel not available. */
    public static final Q850Cause REQUESTED_CIRCUIT_NOT_AVAILABLE = define(44, "Requested circuit/channel not available");
    /** 46 Precedence call blocked. */
    public static final Q850Cause PRECEDENCE_CALL_BLOCKED = define(46, "Precedence call blocked");
    /** 47 Resource unavailable, unspecified. */
    public static final Q850Cause RESOURCE_UNAVAILABLE = define(47, "Resource unavailable, unspecified");
    /** 49 Quality of Service not available. */
    public static final Q850Cause QUALITY_OF_SERVICE_NOT_AVAILABLE = define(49, "Quality of Service not available");
    /** 50 Requested facility not subscribed. */
    public static final Q850Cause REQUESTED_FACILITY_NOT_SUBSCRIBED = define(50, "Requested facility not subscribed");
    /** 53 Outgoing calls barred within CUG. */
    public static final Q850Cause OUTGOING_CALLS_BARRED_WITHIN_CUG = define(53, "Outgoing calls barred within CUG");
    /** 55 Incoming calls barred within CUG. */
    public static final Q850Cause INCOMING_CALLS_BARRED_WITHIN_CUG = define(55, "Incoming calls barred within CUG");
    /** 57 Bearer capability not authorized. */
    public static final Q850Cause BEARER_CAPABILITY_NOT_AUTHORIZED = define(57, "Bearer capability not authorized");
    /** 58 Bearer capability not presently available. */
    public static final Q850Cause BEARER_CAPABILITY_NOT_PRESENTLY_AVAILABLE = define(58, "Bearer capability not presently available");
    /** 62 Inconsistency in designated outgoing access information and subscriber class. */
    public static final Q850Cause INCONSISTENT_OUTGOING_ACCESS = define(62, "Inconsistency in designated outgoing access information and subscriber class");
    /** 63 Service or option not available, unspecified. */
    public static final Q850Cause SERVICE_OR_OPTION_NOT_AVAILABLE = define(63, "Service or option not available, unspecified");
    /** 65 Bearer capability not implemented. */
    public static final Q850Cause BEARER_CAPABILITY_NOT_IMPLEMENTED = define(65, "Bearer capability not implemented");
    /** 66 Channel type not implemented. */
    public static final Q850Cause CHANNEL_TYPE_NOT_IMPLEMENTED = define(66, "Channel type not implemented");
    /** 69 Requested facility not implemented. */
    public static final Q850Cause REQUESTED_FACILITY_NOT_IMPLEMENTED = define(69, "Requested facility not implemented");
    /** 70 Only restricted digital information bearer capability is available. */
    public static final Q850Cause ONLY_RESTRICTED_DIGITAL_AVAILABLE = define(70, "Only restricted digital information bearer capability is available");
    /** 79 Service or option not implemented, unspecified. */
    public static final Q850Cause SERVICE_OR_OPTION_NOT_IMPLEMENTED = define(79, "Service or option not implemented, unspecified");
    /** 81 Invalid call reference value. */
    public static final Q850Cause INVALID_CALL_REFERENCE = define(81, "Invalid call reference value");
    /** 82 Identified channel does not exist. */
    public static final Q850Cause IDENTIFIED_CHANNEL_DOES_NOT_EXIST = define(82, "Identified channel does not exist");
    /** 83 A suspended call exists, but this call identity does not. */
    public static final Q850Cause SUSPENDED_CALL_IDENTITY_UNKNOWN = define(83, "A suspended call exists, but this call identity does not");
    /** 84 Call identity in use. */
    public static final Q850Cause CALL_IDENTITY_IN_USE = define(84, "Call identity in use");
    /** 85 No call suspended. */
    public static final Q850Cause NO_CALL_SUSPENDED = define(85, "No call suspended");
    /** 86 Call having the requested call identity has been cleared. */
    public static final Q850Cause CALL_IDENTITY_CLEARED = define(86, "Call having the requested call identity has been cleared");
    /** 87 User not member of CUG. */
    public static final Q850Cause USER_NOT_MEMBER_OF_CUG = define(87, "User not member of CUG");
    /** 88 Incompatible destination. */
    public static final Q850Cause INCOMPATIBLE_DESTINATION = define(88, "Incompatible destination");
    /** 90 Non-existent CUG. */
    public static final Q850Cause NON_EXISTENT_CUG = define(90, "Non-existent CUG");
    /** 91 Invalid transit network selection. */
    public static final Q850Cause INVALID_TRANSIT_NETWORK_SELECTION = define(91, "Invalid transit network selection");
    /** 95 Invalid message, unspecified. */
    public static final Q850Cause INVALID_MESSAGE = define(95, "Invalid message, unspecified");
    /** 96 Mandatory information element is missing. */
    public static final Q850Cause MANDATORY_IE_MISSING = define(96, "Mandatory information element is missing");
    /** 97 Message type non-existent or not implemented. */
    public static final Q850Cause MESSAGE_TYPE_NOT_IMPLEMENTED = define(97, "Message type non-existent or not implemented");
    /** 98 Message not compatible with call state or message type non-existent or not implemented. */
    public static final Q850Cause MESSAGE_NOT_COMPATIBLE_OR_NOT_IMPLEMENTED = define(98, "Message not compatible with call state or message type non-existent or not implemented");
    /** 99 Information element/parameter non-existent or not implemented. */
    public static final Q850Cause IE_NOT_IMPLEMENTED = define(99, "Information element/parameter non-existent or not implemented");
    /** 100 Invalid information element contents. */
    public static final Q850Cause INVALID_IE_CONTENTS = define(100, "Invalid information element contents");
    /** 101 Message not compatible with call state. */
    public static final Q850Cause MESSAGE_NOT_COMPATIBLE_WITH_CALL_STATE = define(101, "Message not compatible with call state");
    /** 102 Recovery on timer expiry. */
    public static final Q850Cause RECOVERY_ON_TIMER_EXPIRY = define(102, "Recovery on timer expiry");
    /** 103 Parameter non-existent or not implemented - passed on. */
    public static final Q850Cause PARAMETER_NOT_IMPLEMENTED_PASSED_ON = define(103, "Parameter non-existent or not implemented - passed on");
    /** 110 Message with unrecognized parameter, discarded. */
    public static final Q850Cause UNRECOGNIZED_PARAMETER_DISCARDED = define(110, "Message with unrecognized parameter, discarded");
    /** 111 Protocol error, unspecified. */
    public static final Q850Cause PROTOCOL_ERROR = define(111, "Protocol error, unspecified");
    /** 127 Interworking, unspecified. */
    public static final Q850Cause INTERWORKING = define(127, "Interworking, unspecified");

    private final int value;
    private final String name;

    private Q850Cause(int value, String name) {
        this.value = value;
        this.name = name;
    }

    private static Q850Cause define(int value, String name) {
        Q850Cause cause = new Q850Cause(value, name);
        BY_VALUE[value] = cause;
        ASSIGNED.add(cause);
        return cause;
    }

    /**
     * The cause for a value: the constant for an assigned value, otherwise an unassigned cause of the right class.
     *
     * @throws IllegalArgumentException if the value is outside {@value #MIN_VALUE}-{@value #MAX_VALUE}
     */
    public static Q850Cause of(int value) {
        checkRange(value);
        Q850Cause assigned = BY_VALUE[value];
        return assigned != null ? assigned : new Q850Cause(value, null);
    }

    /** The constant for a value Q.850 assigns; empty for an unassigned or out-of-range value. */
    public static Optional<Q850Cause> assigned(int value) {
        return isInRange(value) ? Optional.ofNullable(BY_VALUE[value]) : Optional.empty();
    }

    /** Every assigned cause, ascending by value. */
    public static List<Q850Cause> all() {
        return Collections.unmodifiableList(ASSIGNED);
    }

    /** Whether {@code value} fits the seven-bit cause field and is not 0. */
    public static boolean isInRange(int value) {
        return value >= MIN_VALUE && value <= MAX_VALUE;
    }

    static void checkRange(int value) {
        if (!isInRange(value)) {
            throw new IllegalArgumentException(
                    "Q.850 cause values run from " + MIN_VALUE + " to " + MAX_VALUE + "; got " + value);
        }
    }

    /** The cause value, 1-127. */
    public int value() {
        return value;
    }

    /** The standard Q.850 name, e.g. "User busy"; empty for an unassigned value. */
    public Optional<String> standardName() {
        return Optional.ofNullable(name);
    }

    /** Whether Q.850 assigns this value. */
    public boolean isAssigned() {
        return name != null;
    }

    /** The class, from the value range. */
    public Q850CauseClass causeClass() {
        return Q850CauseClass.of(value);
    }

    /** "17 User busy", or "13 (unknown cause 13)" for an unassigned value. */
    @Override
    public String toString() {
        return name != null ? value + " " + name : value + " (unknown cause " + value + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Q850Cause c && c.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public int compareTo(Q850Cause o) {
        return Integer.compare(value, o.value);
    }
}
