package dev.sipdiag.sip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderNameTest {

    @ParameterizedTest
    @EnumSource(HeaderName.class)
    void longAndCompactFormsInAnyCaseFindTheHeader(HeaderName h) {
        assertThat(HeaderName.lookup(h.canonical())).isSameAs(h);
        assertThat(HeaderName.lookup(h.canonical().toUpperCase(Locale.ROOT))).isSameAs(h);
        assertThat(HeaderName.lookup(h.canonical().toLowerCase(Locale.ROOT))).isSameAs(h);
        if (h.compact() != 0) {
            assertThat(HeaderName.lookup(String.valueOf(h.compact()))).isSameAs(h);
            assertThat(HeaderName.lookup(String.valueOf(Character.toUpperCase(h.compact())))).isSameAs(h);
        }
    }

    @ParameterizedTest
    @CsvSource({"X-Via", "Vias", "Call_ID", "Call\rID", "q", "C%6Fntact", "''"})
    void otherNamesAreExtensionHeaders(String name) {
        assertThat(HeaderName.lookup(name)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"i,CALL_ID", "m,CONTACT", "v,VIA", "f,FROM", "t,TO", "l,CONTENT_LENGTH", "c,CONTENT_TYPE",
        "k,SUPPORTED", "s,SUBJECT", "e,CONTENT_ENCODING", "o,EVENT", "r,REFER_TO", "u,ALLOW_EVENTS",
        "b,REFERRED_BY", "x,SESSION_EXPIRES", "y,IDENTITY", "a,ACCEPT_CONTACT", "j,REJECT_CONTACT",
        "d,REQUEST_DISPOSITION"})
    void everyCompactFormOfTheTask(char compact, HeaderName expected) {
        byte[] b = {(byte) compact};
        assertThat(HeaderName.lookup(b, 0, 1)).isSameAs(expected);
        assertThat(HeaderName.lookup(("x" + compact).getBytes(StandardCharsets.US_ASCII), 1, 1)).isSameAs(expected);
    }
}
