package dev.sipdiag.analysis.diagnosis;

import java.util.Locale;

/** How much a finding matters: a fact to know, something to look at, or the cause of a failure. */
public enum Severity {
    /** Not a fault: the users' own choice, or normal behaviour worth knowing. */
    INFO,
    /** Suspicious or degrading, but not what made the call fail. */
    WARNING,
    /** The cause of a failure. */
    ERROR;

    /** The JSON word: "info", "warning", "error". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
