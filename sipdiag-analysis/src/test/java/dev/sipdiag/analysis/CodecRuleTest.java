package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodecRuleTest {

    @Test
    void a488NamesBothSidesCodecsAndTheWarningCode() {
        Flow f = new Flow("co1");
        SipEvent inv = f.edit(f.request(CALLER, CALLEE, "INVITE", 1, null), b -> b.codecs = List.of("G729"));
        f.edit(f.after(20).respond(inv, 488, "Not Acceptable Here", "t"), b -> {
            b.codecs = List.of("PCMU", "PCMA");
            b.warning = "305 callee.example \"Incompatible media format\"";
        });
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t", inv.branch(), "caller-tag");
        assertThat(f.findings("codec")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.category()).isEqualTo(Category.DEVICE);
            assertThat(x.message()).contains("Offered: G729", "supports: PCMU, PCMA", "Warning codes: 305",
                    "203.0.113.20:5060 (TestServer/2.0)", "192.0.2.10:5060 (TestPhone/1.0)");
        });
        assertThat(f.findings("codec", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("Aangeboden: G729", "Warning-codes: 305"));
    }

    @Test
    void anAnswerWithoutACommonCodec() {
        Flow f = new Flow("co2");
        SipEvent inv = f.edit(f.request(CALLER, CALLEE, "INVITE", 1, null),
                b -> b.codecs = List.of("PCMA", "telephone-event"));
        f.edit(f.after(2000).respond(inv, 200, "OK", "t"), b -> b.codecs = List.of("G722", "telephone-event"));
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t");
        assertThat(f.findings("codec")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("G722", "PCMA", "none of which"));
    }

    @Test
    void aMatchingAnswerIsSilentEvenWhenOnlyDtmfDiffers() {
        Flow f = new Flow("co3");
        SipEvent inv = f.edit(f.request(CALLER, CALLEE, "INVITE", 1, null),
                b -> b.codecs = List.of("PCMU", "PCMA", "telephone-event"));
        f.edit(f.after(2000).respond(inv, 200, "OK", "t"), b -> b.codecs = List.of("pcma"));
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t");
        assertThat(f.findings("codec")).isEmpty();
    }

    @Test
    void anAnswerWithOnlyDtmfIsNotJudged() {
        Flow f = new Flow("co4");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.edit(f.after(2000).respond(inv, 200, "OK", "t"), b -> b.codecs = List.of("telephone-event"));
        assertThat(f.findings("codec")).isEmpty();
    }
}
