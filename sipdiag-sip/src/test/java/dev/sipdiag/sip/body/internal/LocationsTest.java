package dev.sipdiag.sip.body.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LocationsTest {

    private static final byte[] TEXT = "first\r\nsecond line\nthird\u0001".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void linesEndAtLfAndColumnsCountBytes() {
        assertThat(Locations.lineColumn(TEXT, 0, 0)).containsExactly(1, 1);
        assertThat(Locations.lineColumn(TEXT, 0, 5)).containsExactly(1, 6);
        assertThat(Locations.lineColumn(TEXT, 0, 7)).containsExactly(2, 1);
        assertThat(Locations.lineColumn(TEXT, 0, 19)).containsExactly(3, 1);
        assertThat(Locations.lineColumn(TEXT, 7, 19)).as("relative to the range start").containsExactly(2, 1);
    }

    @Test
    void quoteShowsTheLineWithoutItsEndAndEscapesControlBytes() {
        assertThat(Locations.quote(TEXT, 0, TEXT.length, 9)).isEqualTo("second line");
        assertThat(Locations.quote(TEXT, 0, TEXT.length, 20)).isEqualTo("third\\x01");
    }

    @Test
    void longLinesAreCutAroundTheOffset() {
        byte[] line = "a".repeat(100).concat("XYZ").concat("b".repeat(100)).getBytes(StandardCharsets.US_ASCII);
        String q = Locations.quote(line, 0, line.length, 100);
        assertThat(q).hasSize(Locations.MAX_QUOTE_LENGTH).contains("XYZ");
    }
}
