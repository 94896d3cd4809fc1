package dev.sipdiag.status;

/**
 * The seven classes of ITU-T Q.850 cause values. A cause value is seven bits: the top three are the class and
 * the low four the value within it, so the class follows from the value range alone. Classes 000 and 001 are
 * both "normal event", which is why {@link #NORMAL_EVENT} spans 1-31 (0 is no cause) and every other class
 * spans 16 values.
 *
 * <pre>{@code
 * Q850CauseClass.of(17)   // NORMAL_EVENT
 * Q850CauseClass.of(34)   // RESOURCE_UNAVAILABLE
 * Q850CauseClass.of(127)  // INTERWORKING
 * }</pre>
 */
public enum Q850CauseClass {
    /** 1-31 (classes 000 and 001): the call ended or was refused in the ordinary course of things. */
    NORMAL_EVENT(1, 31),
    /** 32-47 (class 010): a temporary shortage; RFC 3398 §7.2.4.1 lets the gateway add Retry-After. */
    RESOURCE_UNAVAILABLE(32, 47),
    /** 48-63 (class 011): the service exists but this caller or call may not have it. */
    SERVICE_OR_OPTION_NOT_AVAILABLE(48, 63),
    /** 64-79 (class 100): the network does not implement the requested service. */
    SERVICE_OR_OPTION_NOT_IMPLEMENTED(64, 79),
    /** 80-95 (class 101): a message referred to something that does not exist or is not allowed. */
    INVALID_MESSAGE(80, 95),
    /** 96-111 (class 110): a signalling protocol error, timer expiry included. */
    PROTOCOL_ERROR(96, 111),
    /** 112-127 (class 111): the failure happened at an interworking point with another network. */
    INTERWORKING(112, 127);

    /** Bits of a cause value below its class field: values within one class differ only in these. */
    private static final int VALUE_BITS = 4;

    private final int first;
    private final int last;

    Q850CauseClass(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /** The lowest cause value in this class. */
    public int first() {
        return first;
    }

    /** The highest cause value in this class. */
    public int last() {
        return last;
    }

    /** Whether {@code value} falls in this class's range. */
    public boolean contains(int value) {
        return value >= first && value <= last;
    }

    /**
     * The class of a cause value.
     *
     * @throws IllegalArgumentException if the value is outside {@link Q850Cause#MIN_VALUE}-{@link Q850Cause#MAX_VALUE}
     */
    public static Q850CauseClass of(int value) {
        Q850Cause.checkRange(value);
        int classField = value >>> VALUE_BITS;
        // class fields 0 and 1 are both "normal event"; 2..7 map one-to-one onto the remaining constants
        return classField <= 1 ? NORMAL_EVENT : values()[classField - 1];
    }
}
