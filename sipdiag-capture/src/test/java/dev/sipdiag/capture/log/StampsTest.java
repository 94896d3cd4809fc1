package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Payload;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class StampsTest {
    private static long nanos(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void isoStampWithMillis() {
        assertThat(Stamps.bracketed("[2024-11-29 10:11:12.345] VERBOSE[1] x.c: y", LogTimes.DEFAULT))
                .isEqualTo(nanos("2024-11-29T10:11:12.345Z"));
    }

    @Test
    void syslogStampTakesTheDefaultYearAndPaddedDay() {
        LogTimes times = new LogTimes(ZoneId.of("Europe/Amsterdam"), 2024, LocalDate.of(2024, 1, 1));
        assertThat(Stamps.bracketed("[Nov  9 10:11:12] NOTICE[1] x.c: y", times)).isEqualTo(nanos("2024-11-09T09:11:12Z"));
        assertThat(Stamps.bracketed("[Nov 29 10:11:12]", LogTimes.DEFAULT)).isEqualTo(nanos("1970-11-29T10:11:12Z"));
    }

    @Test
    void thingsThatAreNoStamp() {
        assertThat(Stamps.bracketed("Nov 29 10:11:12", LogTimes.DEFAULT)).isEqualTo(Payload.NO_TIME);
        assertThat(Stamps.bracketed("[C-00000001] x", LogTimes.DEFAULT)).isEqualTo(Payload.NO_TIME);
        assertThat(Stamps.bracketed("[Abc 29 10:11:12]", LogTimes.DEFAULT)).isEqualTo(Payload.NO_TIME);
        assertThat(Stamps.bracketed("[2024-02-30 10:11:12]", LogTimes.DEFAULT)).isEqualTo(Payload.NO_TIME);
        assertThat(Stamps.bracketed("[unterminated", LogTimes.DEFAULT)).isEqualTo(Payload.NO_TIME);
    }

    @Test
    void fractionDigits() {
        assertThat(Stamps.fraction("5")).isEqualTo(500_000_000);
        assertThat(Stamps.fraction("123456")).isEqualTo(123_456_000);
        assertThat(Stamps.fraction(null)).isZero();
    }

    @Test
    void leadingDate() {
        assertThat(Stamps.leadingDate("2024-11-29 23:59:58.004211 [NOTICE] x")).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(Stamps.leadingDate("2024/11/29 x")).isNull();
        assertThat(Stamps.leadingDate("2024-13-29 x")).isNull();
    }

    @Test
    void timeOfDayMovesToTheNextDayAtMidnightAndFollowsLearnedDates() {
        Stamps.TimeOfDay clock = new Stamps.TimeOfDay(LogTimes.DEFAULT);
        assertThat(clock.at(8, 0, 0, 0)).isEqualTo(nanos("1970-01-01T08:00:00Z"));
        assertThat(clock.at(7, 59, 0, 0)).as("small step back: same day").isEqualTo(nanos("1970-01-01T07:59:00Z"));
        clock.learn(LocalDate.of(2024, 11, 29));
        assertThat(clock.at(23, 59, 59, 0)).isEqualTo(nanos("2024-11-29T23:59:59Z"));
        assertThat(clock.at(0, 0, 1, 0)).isEqualTo(nanos("2024-11-30T00:00:01Z"));
        assertThat(clock.at(24, 0, 0, 0)).isEqualTo(Payload.NO_TIME);
    }
}
