package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageCollectorTest {

    @ParameterizedTest(name = "messages {0}, text {1}")
    @CsvSource({"'1,3', true", "'0,6', false", "'', true"})
    void keepsOnlyTheWantedMessages(String wanted, boolean text) throws IOException {
        BitSet bits = new BitSet();
        for (String s : wanted.split(",")) {
            if (!s.isBlank()) {
                bits.set(Integer.parseInt(s.trim()));
            }
        }
        MessageCollector c = new MessageCollector(bits, text);
        new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, c, p -> { })
                .read(Captures.capture("corpus/pcap/pkts__cancel.pcap").toString());
        assertThat(c.messages().keySet()).containsExactlyInAnyOrderElementsOf(bits.stream().boxed().toList());
        c.messages().forEach((i, m) -> {
            assertThat(m.event().index()).isEqualTo(i);
            if (text) {
                assertThat(m.raw()).startsWith(m.event().request() ? m.event().method() + " " : "SIP/2.0 ");
            } else {
                assertThat(m.raw()).isNull();
            }
        });
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"100, false", "16384, false", "16385, true", "40000, true"})
    void cutsLongMessagesAndSaysSo(int length, boolean cut) {
        byte[] data = "x".repeat(length).getBytes(StandardCharsets.UTF_8);
        String s = MessageCollector.text(data, 0, data.length);
        if (cut) {
            assertThat(s).startsWith("x".repeat(MessageCollector.MAX_RAW_CHARS))
                    .endsWith("[… " + (length - MessageCollector.MAX_RAW_CHARS) + " more characters]");
        } else {
            assertThat(s).hasSize(length);
        }
    }
}
