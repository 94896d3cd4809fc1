package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each limit of {@link SdpLimits} is an error in both modes, and exactly at the limit the input still parses. */
class SdpLimitsTest {

    private static final String HEAD = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n";

    /** {@return HEAD plus lines up to exactly {@code total} lines} */
    private static String withLines(int total) {
        StringBuilder sb = new StringBuilder(HEAD).append("m=audio 4000 RTP/AVP 0\r\n");
        for (int i = 6; i < total; i++) {
            sb.append("a=x-filler:").append(i).append("\r\n");
        }
        return sb.toString();
    }

    private static String withMedia(int count) {
        return HEAD + "m=audio 4000 RTP/AVP 0\r\n".repeat(count);
    }

    private static String withFormats(int count) {
        StringBuilder sb = new StringBuilder(HEAD).append("m=audio 4000 RTP/AVP");
        for (int i = 0; i < count; i++) {
            sb.append(' ').append(i);
        }
        return sb.append("\r\n").toString();
    }

    private static String withLineLength(int length) {
        String prefix = "a=x-long:";
        return HEAD + "m=audio 4000 RTP/AVP 0\r\n" + prefix + "z".repeat(length - prefix.length()) + "\r\n";
    }

    @ParameterizedTest
    @EnumSource(BodyParseMode.class)
    void linesUpToTheLimit(BodyParseMode mode) throws Exception {
        assertThat(SdpParser.parse(withLines(SdpLimits.MAX_LINES), mode).media().get(0).attributes())
                .hasSize(SdpLimits.MAX_LINES - 6);
        SdpParseException e = catchThrowableOfType(SdpParseException.class,
                () -> SdpParser.parse(withLines(SdpLimits.MAX_LINES + 1), mode));
        assertThat(e.problem()).isEqualTo(SdpProblem.TOO_MANY_LINES);
        assertThat(e.line()).isEqualTo(SdpLimits.MAX_LINES + 1);
    }

    @ParameterizedTest
    @EnumSource(BodyParseMode.class)
    void mediaUpToTheLimit(BodyParseMode mode) throws Exception {
        assertThat(SdpParser.parse(withMedia(SdpLimits.MAX_MEDIA), mode).media()).hasSize(SdpLimits.MAX_MEDIA);
        SdpParseException e = catchThrowableOfType(SdpParseException.class,
                () -> SdpParser.parse(withMedia(SdpLimits.MAX_MEDIA + 1), mode));
        assertThat(e.problem()).isEqualTo(SdpProblem.TOO_MANY_MEDIA);
        assertThat(e.line()).isEqualTo(5 + SdpLimits.MAX_MEDIA + 1);
    }

    @ParameterizedTest
    @EnumSource(BodyParseMode.class)
    void formatsUpToTheLimit(BodyParseMode mode) throws Exception {
        assertThat(SdpParser.parse(withFormats(SdpLimits.MAX_FORMATS), mode).media().get(0).formats())
                .hasSize(SdpLimits.MAX_FORMATS);
        SdpParseException e = catchThrowableOfType(SdpParseException.class,
                () -> SdpParser.parse(withFormats(SdpLimits.MAX_FORMATS + 1), mode));
        assertThat(e.problem()).isEqualTo(SdpProblem.TOO_MANY_FORMATS);
    }

    @ParameterizedTest
    @EnumSource(BodyParseMode.class)
    void lineLengthUpToTheLimit(BodyParseMode mode) throws Exception {
        assertThat(SdpParser.parse(withLineLength(SdpLimits.MAX_LINE_LENGTH), mode).media().get(0).attributes())
                .singleElement().satisfies(a -> assertThat(a.value().orElseThrow())
                        .hasSize(SdpLimits.MAX_LINE_LENGTH - "a=x-long:".length()));
        SdpParseException e = catchThrowableOfType(SdpParseException.class,
                () -> SdpParser.parse(withLineLength(SdpLimits.MAX_LINE_LENGTH + 1), mode));
        assertThat(e.problem()).isEqualTo(SdpProblem.LINE_TOO_LONG);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(SdpLimits.MAX_LINE_LENGTH + 1);
    }

    /**
     * The largest description the limits allow, with a warning on every line, parses leniently in well under a
     * second: locating a warning must not rescan the input from its start.
     */
    @org.junit.jupiter.api.Test
    void worstCaseWithinLimitsIsFast() {
        String longLine = "x=" + "y ".repeat((SdpLimits.MAX_LINE_LENGTH - 2) / 2) + "\n";
        byte[] input = (HEAD + longLine.repeat(SdpLimits.MAX_LINES - 5)).getBytes(StandardCharsets.US_ASCII);
        SessionDescription sd = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> SdpParser.parse(input, 0, input.length, BodyParseMode.LENIENT));
        assertThat(sd.warnings()).hasSize(1 + (SdpLimits.MAX_LINES - 5))
                .last().satisfies(w -> assertThat(w.line()).isEqualTo(SdpLimits.MAX_LINES));
    }

    /** NUL bytes everywhere: one warning, not one per byte. */
    @org.junit.jupiter.api.Test
    void nulBytesAreReportedOnce() throws Exception {
        String nulLine = "a=x-blob:" + "\u0000".repeat(SdpLimits.MAX_LINE_LENGTH - 9) + "\r\n";
        byte[] input = (HEAD + "m=audio 4000 RTP/AVP 0\r\n" + nulLine.repeat(SdpLimits.MAX_LINES - 6))
                .getBytes(StandardCharsets.US_ASCII);
        SessionDescription sd = SdpParser.parse(input, 0, input.length, BodyParseMode.LENIENT);
        assertThat(sd.warnings()).extracting(w -> w.code()).containsExactly("sdp.nul-byte");
        assertThat(sd.media().get(0).attributes()).hasSize(SdpLimits.MAX_LINES - 6);
    }
}
