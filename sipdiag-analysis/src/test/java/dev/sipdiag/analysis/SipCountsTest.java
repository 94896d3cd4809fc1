package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.sip.SipRequest;
import dev.sipdiag.sip.SipResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture we have gives the SIP message counts tshark gives (sip-counts.tsv), or the row says why not:
 * requests by method and responses by code, every message counted, retransmissions included.
 */
class SipCountsTest {

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = SipCountsTest.class.getResourceAsStream("sip-counts.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(r -> Arguments.of(r[0], Integer.parseInt(r[1]), counts(r[2]), counts(r[3]), r[4]))
                    .toList().stream();
        }
    }

    static Map<String, Long> counts(String spec) {
        Map<String, Long> m = new TreeMap<>();
        if (!spec.equals("-")) {
            for (String kv : spec.split(" ")) {
                int c = kv.lastIndexOf(':');
                m.put(kv.substring(0, c), Long.parseLong(kv.substring(c + 1)));
            }
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void countsMatchTshark(String file, int messages, Map<String, Long> requests, Map<String, Long> responses,
                           String note) throws IOException {
        Map<String, Long> req = new TreeMap<>();
        Map<String, Long> resp = new TreeMap<>();
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> {
            assertThat(p.parsed()).as("message %d of %s parses leniently: %s", p.index(), file, p.error()).isTrue();
            if (p.message() instanceof SipRequest r) {
                req.merge(r.method(), 1L, Long::sum);
            } else {
                resp.merge(Integer.toString(((SipResponse) p.message()).statusCode()), 1L, Long::sum);
            }
        }, problem -> { });
        in.read(TestFiles.capture(file).toString());
        assertThat(in.summary().sipMessages()).as(note).isEqualTo(messages);
        assertThat(req).as(note).isEqualTo(requests);
        assertThat(resp).as(note).isEqualTo(responses);
        assertThat(in.summary().packets()).isGreaterThanOrEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void anInviteWithAMissingFragmentIsReportedNotDropped() throws IOException {
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> { }, problem -> { });
        in.read(TestFiles.capture("corpus/pcap/pkts__fragmented_udp_sip.pcap").toString());
        assertThat(in.summary().notes()).anyMatch(n -> n.contains("fragments missing")
                && n.contains("udp port 5060 or (ip[6:2] & 0x1fff != 0)"));
        assertThat(in.summary().skipped()).containsEntry("fragment-held", 1L);
    }

    @org.junit.jupiter.api.Test
    void tlsIsCountedAsEncrypted() throws IOException {
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> { }, problem -> { });
        in.read(TestFiles.capture("corpus/pcap/arkime__arkime_synthetic.pcap").toString());
        assertThat(in.summary().skipped()).containsKey("encrypted");
        assertThat(in.summary().notes()).anyMatch(n -> n.contains("TLS") && n.contains("pjsip set logger on"));
        long skipped = in.summary().skipped().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("bytes-")).mapToLong(Map.Entry::getValue).sum();
        assertThat(skipped).isPositive();
    }

    @org.junit.jupiter.api.Test
    void notesAreInTheReadersLanguage() throws IOException {
        SipInput nl = new SipInput(InputFormat.AUTO, null, Locale.forLanguageTag("nl"), p -> { }, problem -> { });
        nl.read(TestFiles.capture("corpus/pcap/arkime__arkime_synthetic.pcap").toString());
        assertThat(nl.summary().notes()).anyMatch(n -> n.contains("TLS-streamrichting(en)") && n.contains("versleuteld"));
        SipInput other = new SipInput(InputFormat.AUTO, null, Locale.GERMAN, p -> { }, problem -> { });
        other.read(TestFiles.capture("corpus/pcap/pkts__fragmented_udp_sip.pcap").toString());
        assertThat(other.summary().notes()).anyMatch(n -> n.contains("fragments missing from the capture"));
    }
}
