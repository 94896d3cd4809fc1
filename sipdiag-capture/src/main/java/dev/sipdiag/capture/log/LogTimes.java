package dev.sipdiag.capture.log;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How wall-clock times written in a log become instants. Logs write local time without a zone, and some leave
 * out the year or the whole date; this says what to assume. Invariant: no field is null.
 *
 * @param zone        the zone the log's wall-clock times are in (default UTC, since the log does not say)
 * @param defaultYear the year for dates written without one, e.g. Asterisk's default "[Nov 29 10:11:12]"
 *                    (default 1970: the year is unknown, and a fixed year keeps results reproducible)
 * @param defaultDate the date for times written without any date, until the log itself names a date
 *                    (default 1970-01-01, so such times read as "time of day since midnight")
 */
public record LogTimes(ZoneId zone, int defaultYear, LocalDate defaultDate) {
    /** UTC, year 1970, date 1970-01-01. */
    public static final LogTimes DEFAULT = new LogTimes(ZoneOffset.UTC, 1970, LocalDate.of(1970, 1, 1));

    public LogTimes {
        java.util.Objects.requireNonNull(zone, "zone");
        java.util.Objects.requireNonNull(defaultDate, "defaultDate");
    }

    /** Nanoseconds since the epoch of a wall-clock date and time in {@link #zone}. */
    long toEpochNanos(LocalDateTime wallClock) {
        var instant = wallClock.atZone(zone).toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
