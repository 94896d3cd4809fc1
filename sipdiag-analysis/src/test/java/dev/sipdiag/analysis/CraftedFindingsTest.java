package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crafted captures for the rules the SIPp/Kamailio scenarios do not reach (NAT, SIP-ALG, lost ACKs, stale
 * nonces, timers, loops, slow set-up, scanners), each with a near miss beside it: every folder under
 * {@code src/test/resources/diagnosis} holds a readable {@code flow.txt} ({@link CraftedCapture}) and an
 * {@code expected-findings.json}; the pcap is written at test time and read as {@code sipdiag analyze} reads it.
 */
class CraftedFindingsTest {
    private static final Path CRAFTED = Path.of("src/test/resources/diagnosis");

    static Stream<String> flows() throws IOException {
        try (Stream<Path> dirs = Files.list(CRAFTED)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("flow.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void findingsMatchTheExpectation(String name, @TempDir Path tmp) throws IOException {
        Path pcap = tmp.resolve(name + ".pcap");
        CraftedCapture.write(CRAFTED.resolve(name).resolve("flow.txt"), pcap);
        ScenarioFindingsTest.check(name, pcap, CRAFTED.resolve(name).resolve("expected-findings.json"));
    }
}
