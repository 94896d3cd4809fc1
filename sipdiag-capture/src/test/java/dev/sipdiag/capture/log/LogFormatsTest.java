package dev.sipdiag.capture.log;

import dev.sipdiag.capture.TextLogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatsTest {
    @Test
    void everyFormatHasADistinctName() {
        assertThat(LogFormats.all()).extracting(TextLogFormat::name).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("plain", "asterisk-pjsip", "asterisk-sip", "freeswitch", "kamailio-sipdump", "sngrep");
    }

    @ParameterizedTest
    @CsvSource({"plain,plain", "ASTERISK-PJSIP,asterisk-pjsip", " freeswitch ,freeswitch", "Kamailio-Sipdump,kamailio-sipdump"})
    void byNameIgnoresCase(String asked, String found) {
        assertThat(LogFormats.byName(asked)).map(TextLogFormat::name).contains(found);
    }

    @Test
    void unknownNamesAreEmpty() {
        assertThat(LogFormats.byName("pcap")).isEmpty();
        assertThat(LogFormats.byName(null)).isEmpty();
    }

    @Test
    void detectFindsNothingInOtherText() {
        byte[] text = "hello\nworld\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(LogFormats.detect(text, text.length)).isEmpty();
    }

    @Test
    void detectNeverThrowsOnOddArguments() {
        byte[] head = "INVITE sip:a@b SIP/2.0\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(LogFormats.detect(null, 10)).isEmpty();
        assertThat(LogFormats.detect(head, -5)).isEmpty();
        assertThat(LogFormats.detect(head, 1000)).map(TextLogFormat::name).contains("plain");
        assertThat(LogFormats.detect(new byte[0], 0)).isEmpty();
    }

    @Test
    void detectLooksOnlyAtTheGivenLength() {
        byte[] head = "note\n<--- SIP read from UDP:192.0.2.1:5060 --->\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(LogFormats.detect(head, 5)).isEmpty();
        assertThat(LogFormats.detect(head, head.length)).map(TextLogFormat::name).contains("asterisk-sip");
    }

    @Test
    void formatsCanReadInAnotherZone() {
        LogTimes amsterdam = new LogTimes(java.time.ZoneId.of("Europe/Amsterdam"), 2024, java.time.LocalDate.of(2024, 1, 1));
        assertThat(LogFormats.all(amsterdam)).allSatisfy(f -> assertThat(f.times()).isEqualTo(amsterdam));
    }
}
