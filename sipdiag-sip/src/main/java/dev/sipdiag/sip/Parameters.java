package dev.sipdiag.sip;

import java.util.List;

/**
 * An ordered list of parameters with case-insensitive lookup by name (parameter names are case-insensitive,
 * RFC 3261 §19.1.4, §7.3.1). Holds at most {@link SipLimits#MAX_PARAMETER_COUNT} entries.
 *
 * @param list the parameters in the order written
 */
public record Parameters(List<Param> list) {

    /** No parameters. */
    public static final Parameters NONE = new Parameters(List.of());

    public Parameters {
        list = List.copyOf(list);
    }

    /** Whether a parameter with this name is present (with or without a value). */
    public boolean has(String name) {
        return find(name) != null;
    }

    /** The value of the first parameter with this name; null when absent or valueless. */
    public String get(String name) {
        Param p = find(name);
        return p == null ? null : p.value();
    }

    /** The first parameter with this name, or null. */
    public Param find(String name) {
        for (Param p : list) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    /** Whether there are no parameters. */
    public boolean isEmpty() {
        return list.isEmpty();
    }
}
