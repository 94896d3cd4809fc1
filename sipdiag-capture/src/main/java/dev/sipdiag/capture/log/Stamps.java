package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Payload;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the time stamps PBX logs write, into epoch nanoseconds as {@link LogTimes} says. */
final class Stamps {
    /** "2024-11-29 10:11:12", optionally with a fraction after '.' or ','. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d\\d)-(\\d\\d)[ T](\\d\\d):(\\d\\d):(\\d\\d)(?:[.,](\\d{1,9}))?");
    /** syslog style without a year, Asterisk's default "%b %e %T": "Nov 29 10:11:12", "Nov  9 10:11:12.123". */
    private static final Pattern SYSLOG = Pattern.compile(
            "([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,9}))?");
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private Stamps() {
    }

    /**
     * The time in an Asterisk log prefix: the line starts with "[stamp]" where stamp is ISO-like or
     * syslog-like (then the year is {@link LogTimes#defaultYear}).
     *
     * @return epoch nanoseconds, or {@link Payload#NO_TIME} when the line has no such prefix
     */
    static long bracketed(String line, LogTimes times) {
        if (line.isEmpty() || line.charAt(0) != '[') {
            return Payload.NO_TIME;
        }
        int close = line.indexOf(']');
        if (close < 0) {
            return Payload.NO_TIME;
        }
        String stamp = line.substring(1, close).trim();
        Matcher iso = ISO.matcher(stamp);
        if (iso.matches()) {
            return wallClock(times, num(iso, 1), num(iso, 2), num(iso, 3), num(iso, 4), num(iso, 5), num(iso, 6),
                    fraction(iso.group(7)));
        }
        Matcher syslog = SYSLOG.matcher(stamp);
        if (syslog.matches()) {
            int month = MONTHS.indexOf(syslog.group(1));
            if (month < 0 || month % 3 != 0) {
                return Payload.NO_TIME;
            }
            return wallClock(times, times.defaultYear(), month / 3 + 1, num(syslog, 2), num(syslog, 3),
                    num(syslog, 4), num(syslog, 5), fraction(syslog.group(6)));
        }
        return Payload.NO_TIME;
    }

    /** The date a line starts with ("2024-11-29 ..."), or null. */
    static LocalDate leadingDate(String line) {
        if (line.length() < 11 || line.charAt(4) != '-' || line.charAt(7) != '-' || line.charAt(10) != ' ') {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(line.substring(0, 4)), Integer.parseInt(line.substring(5, 7)),
                    Integer.parseInt(line.substring(8, 10)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** Epoch nanoseconds of a wall-clock time, or {@link Payload#NO_TIME} when it is no valid date and time. */
    static long wallClock(LogTimes times, int year, int month, int day, int hour, int minute, int second, int nanos) {
        try {
            return times.toEpochNanos(LocalDateTime.of(year, month, day, hour, minute, second, nanos));
        } catch (DateTimeException e) {
            return Payload.NO_TIME;
        }
    }

    /** Nanoseconds of a decimal fraction of a second given as its digits ("123" = 123 ms); 0 for null. */
    static int fraction(String digits) {
        if (digits == null || digits.isEmpty()) {
            return 0;
        }
        int nanos = 0;
        for (int i = 0; i < 9; i++) {
            nanos = nanos * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
        }
        return nanos;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * Turns times of day into instants for logs that write no date with them: the date is the last one the
     * log named ({@link #learn}), else {@link LogTimes#defaultDate}; when a time is more than
     * {@link LogLimits#MIDNIGHT_ROLLOVER_HOURS} hours earlier than the previous one, the log is taken to have
     * passed midnight and the date moves on a day.
     */
    static final class TimeOfDay {
        private final LogTimes times;
        private LocalDate date;
        private LocalTime previous;

        TimeOfDay(LogTimes times) {
            this.times = times;
            this.date = times.defaultDate();
        }

        /** The log named {@code day} (e.g. in another line's prefix): later times of day fall on it. */
        void learn(LocalDate day) {
            if (!day.equals(date)) {
                date = day;
                previous = null;
            }
        }

        /** Epoch nanoseconds of a time of day, or {@link Payload#NO_TIME} when it is not a valid time. */
        long at(int hour, int minute, int second, int nanos) {
            LocalTime time;
            try {
                time = LocalTime.of(hour, minute, second, nanos);
            } catch (DateTimeException e) {
                return Payload.NO_TIME;
            }
            if (previous != null && previous.toSecondOfDay() - time.toSecondOfDay()
                    > LogLimits.MIDNIGHT_ROLLOVER_HOURS * 3600) {
                date = date.plusDays(1);
            }
            previous = time;
            return times.toEpochNanos(LocalDateTime.of(date, time));
        }
    }
}
