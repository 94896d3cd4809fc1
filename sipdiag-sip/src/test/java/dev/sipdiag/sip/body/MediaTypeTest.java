package dev.sipdiag.sip.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Content-Type values from {@code multipart/media-types.csv}: a value that parses is rendered as
 * {@link MediaType#toString()}; one that does not names its problem code and column.
 */
class MediaTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/multipart/media-types.csv", delimiter = '|', quoteCharacter = '\u0000',
            ignoreLeadingAndTrailingWhitespace = false, numLinesToSkip = 1)
    void parsesOrSaysWhere(String value, String expected) throws Exception {
        if (expected.startsWith("mime.")) {
            MimeParseException e = catchThrowableOfType(MimeParseException.class, () -> MediaType.parse(value));
            assertThat(e).as(value).isNotNull();
            assertThat(e.code() + "@" + e.column()).isEqualTo(expected);
        } else {
            assertThat(MediaType.parse(value).toString()).isEqualTo(expected);
        }
    }
}
